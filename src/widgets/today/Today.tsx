import { useState } from 'preact/hooks';
import { checkInProgress, type ChartSpan } from '~/lib/check-in-progress';
import { formatDate } from '~/lib/calendar-date';
import { planDayFor } from '~/lib/day-plan';
import { progress } from '~/lib/no-contact-progress';
import { days as dayCount, stripCells } from '~/lib/today-view';
import Art from '../shared/art/Art';
import { sprout } from '../shared/art/pictures/sprout';
import { $plan } from '~/stores/no-contact-plan';
import { $today } from '~/stores/today';
import { Deferred } from '../shared/Deferred';
import { useStore } from '../shared/use-store';
import { CalendarStrip } from './CalendarStrip';
import { CheckInForm } from './CheckInForm';
import type { Link } from './parts';
import { usePlanDays } from './plan-days';
import { ProgressFigures } from './ProgressFigures';
import { ProgressRing } from './ProgressRing';
import { $checkIns } from './store';
import { TodayStep } from './TodayStep';

/** The chart, fetched as its place scrolls near: it sits below the check-in, and the first screen needs none of its code. */
const loadChart = () => import('./ChartFor').then((chart) => chart.default);

interface Props {
  /** Where the day-by-day plan (days 1 to 60, as JSON) is fetched from once a plan is running. */
  daysHref: string;
  /** The chapters the plan links to: slug → title and URL (with base path). */
  chapters: Record<string, Link>;
  /** The `/help/` sections a plan day may point to. */
  help: Record<string, Link>;
  /** The tracker page, where a plan is started. */
  trackerHref: string;
  /** Unique prefix for element ids. */
  idPrefix: string;
}

/**
 * The Today page: where the plan stands (ring and strip), today's step, the
 * check-in, the progress figures and the recent check-ins. Everything is read
 * from this device's storage; nothing is sent anywhere.
 */
export default function Today({ daysHref, chapters, help, trackerHref, idPrefix }: Props) {
  const plan = useStore($plan, undefined);
  const checkIns = useStore($checkIns, []);
  const today = useStore($today, '');
  const id = (name: string) => `${idPrefix}-${name}`;
  const [span, setSpan] = useState<ChartSpan>('week');
  const days = usePlanDays(daysHref, plan !== undefined);

  // Before the device's storage is read (the server's render, and the moment before hydration).
  // The placeholder is as tall as the screen, so that nothing the reader can see moves when the day appears.
  if (!today) return <p class="today-loading">Opening your day…</p>;

  const where = plan && progress(plan, today);
  const step = where && Array.isArray(days) ? planDayFor(days, where.day) : undefined;
  const helpLink = step?.help && help[step.help];
  const stageChapter = where && chapters[where.stage.chapter];

  return (
    <div class="today">
      {plan && where ? (
        <section class="where" aria-labelledby={id('where-title')}>
          <h2 id={id('where-title')} class="visually-hidden">
            Where you are
          </h2>
          <div class="where-top">
            <ProgressRing fraction={where.fraction} day={where.day} total={where.total} labelId={id('ring-label')} />
            <div class="where-text">
              <p id={id('ring-label')} class="day-line">
                {where.finished ? `Day ${where.day}: your ${where.total} days are complete` : `Day ${where.day} of ${where.total}`}
              </p>
              <p class="days-left">
                {where.finished
                  ? `Ended on ${formatDate(where.endDate)}`
                  : `${dayCount(where.daysLeft)} left, until ${formatDate(where.endDate)}`}
              </p>
              <p class="stage-line">
                <span class="visually-hidden">Stage: </span>
                {where.stage.title}
              </p>
            </div>
          </div>
          <p class="stage-advice">
            {where.stage.advice} {stageChapter && <a href={stageChapter.href}>Read {stageChapter.title}</a>}
          </p>
          <CalendarStrip cells={stripCells(plan, checkIns, today)} id={id} />
        </section>
      ) : (
        <section class="no-plan" aria-labelledby={id('no-plan-title')}>
          <Art picture={sprout} class="no-plan-art" />
          <h2 id={id('no-plan-title')}>No plan running yet</h2>
          <p>
            Today works best with a no-contact plan: a day count, the stage you are in and a short step for each day. Start one on the
            tracker page; it takes a minute and stays on this device.
          </p>
          <p>
            <a class="button-link" href={trackerHref}>
              Start a plan on the tracker
            </a>
          </p>
          <p>You can check in below either way.</p>
        </section>
      )}

      {step && <TodayStep step={step} chapters={chapters} id={id} />}
      {where && !step && <StepPending failed={days === 'failed'} id={id} />}
      {helpLink && (
        <p class="step-help">
          If today is heavy: <a href={helpLink.href}>{helpLink.title}</a>
        </p>
      )}

      <CheckInForm plan={plan} checkIns={checkIns} today={today} id={id} trackerHref={trackerHref} />

      <ProgressFigures figures={checkInProgress(plan, checkIns, today)} id={id} />

      <section class="check-ins" aria-labelledby={id('check-ins-title')}>
        <h2 id={id('check-ins-title')}>Your check-ins</h2>
        <Deferred
          load={loadChart}
          props={{ plan, checkIns, today, span, onSpan: setSpan, idPrefix: id('chart') }}
          placeholder="chart-placeholder"
          failed="The chart could not be loaded. It will be here the next time this page opens with a connection; your check-ins are kept."
        />
      </section>
    </div>
  );
}

/** Where today's step goes while the plan's days load, or when they could not (offline before they were ever fetched). */
function StepPending({ failed, id }: { failed: boolean; id: (name: string) => string }) {
  return (
    <section class="step step-pending" aria-labelledby={id('step-title')} aria-busy={!failed}>
      <h2 id={id('step-title')}>Today's step</h2>
      <p role={failed ? 'status' : undefined}>
        {failed
          ? 'Today’s step could not be loaded. It will be here the next time this page opens with a connection; your check-in below works either way.'
          : 'Loading today’s step…'}
      </p>
    </section>
  );
}
