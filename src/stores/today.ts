import { atom, onMount } from 'nanostores';
import { msUntilNextLocalMidnight, todayIso } from '~/lib/calendar-date';

/**
 * Today's local calendar date ('YYYY-MM-DD'). While mounted it rolls over at
 * local midnight, and is re-read when the page is shown again (back/forward
 * cache, a tab woken after hours) and when the tab becomes visible.
 */
export const $today = atom<string>(todayIso(new Date()));

onMount($today, () => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    $today.set(todayIso(new Date()));
    clearTimeout(timer);
    // A timer can fire a little early or very late (sleep); refresh() re-reads the clock either way.
    timer = setTimeout(refresh, msUntilNextLocalMidnight(new Date()) + 50);
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') refresh();
  };
  refresh();
  window.addEventListener('pageshow', refresh);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    clearTimeout(timer);
    window.removeEventListener('pageshow', refresh);
    document.removeEventListener('visibilitychange', onVisible);
  };
});
