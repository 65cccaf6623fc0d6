import { useStore } from '../shared/use-store';
import { CalendarExport } from './CalendarExport';
import { ClearPlan } from './ClearPlan';
import { Count } from './Count';
import type { Link, PartProps } from './parts';
import { PlanForm } from './PlanForm';
import { Slips } from './Slips';
import { NoticeLine } from './NoticeLine';
import { $plan, $progress } from './store';

interface Props {
  /** Stage chapters: slug → title and URL (with base path). */
  chapters: Record<string, Link>;
  /** The "Are you ready to end no contact?" quiz. */
  quiz: Link;
  /** Unique prefix for element ids (two trackers never share a page, but ids must not clash with the page's). */
  idPrefix?: string;
  /** Heading level inside the tracker. */
  level?: 2 | 3;
}

/**
 * The no-contact tracker: plan, count, stage, slips and calendar export. Puts
 * its parts together; their state and actions are in ./forms and ./store,
 * their rules in src/lib/no-contact-*.ts. With a plan running, the count comes
 * first and the plan form folds away under "Edit plan".
 */
export default function NoContactTracker({ chapters, quiz, idPrefix = 'nc', level = 2 }: Props) {
  const plan = useStore($plan, undefined);
  const progress = useStore($progress, undefined);
  const part: PartProps = { id: (name) => `${idPrefix}-${name}`, H: level === 2 ? 'h2' : 'h3' };

  const form = <PlanForm {...part} hasPlan={plan !== undefined} />;
  return (
    <div class="tracker">
      {plan && progress && <Count {...part} progress={progress} chapters={chapters} quiz={quiz} />}
      <NoticeLine place="count" />
      {plan ? (
        <details class="edit-plan">
          <summary>Edit plan</summary>
          {form}
        </details>
      ) : (
        form
      )}
      {plan && <Slips {...part} plan={plan} />}
      {plan && <CalendarExport {...part} />}
      {plan && <ClearPlan />}
    </div>
  );
}
