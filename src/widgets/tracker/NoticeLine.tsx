import { useStore } from '../shared/use-store';
import { $notice, NO_NOTICE, type NoticePlace } from './store';

/**
 * The tracker's polite status line at one place: it shows the notice when the
 * control beside it caused it, and is empty otherwise. Always rendered, so
 * screen readers announce what is written into it.
 */
export function NoticeLine({ place }: { place: NoticePlace }) {
  const notice = useStore($notice, NO_NOTICE);
  return (
    <p class="saved" role="status">
      {notice.place === place && notice.text ? notice.text : null}
    </p>
  );
}
