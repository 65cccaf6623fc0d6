import { formatDate } from '~/lib/calendar-date';
import type { Progress } from '~/lib/no-contact-progress';
import type { Link, PartProps } from './parts';

interface Props extends PartProps {
  progress: Progress;
  /** Stage chapters: slug → title and URL (with base path). */
  chapters: Record<string, Link>;
  /** The "Are you ready to end no contact?" quiz. */
  quiz: Link;
}

/** Where the reader stands: day N of M, end date, progress bar and the stage's advice. */
export function Count({ progress, chapters, quiz, H, id }: Props) {
  const { day, total, daysLeft, endDate, stage, finished } = progress;
  const chapter = chapters[stage.chapter];
  return (
    <section class="count" aria-labelledby={id('count-title')}>
      <H id={id('count-title')} class="day" tabIndex={-1}>
        {finished ? `Day ${day}: your ${total} days are complete` : `Day ${day} of ${total}`}
      </H>
      <progress
        id={id('bar')}
        max={total}
        value={Math.min(day, total)}
        aria-label={`No contact: day ${Math.min(day, total)} of ${total}`}
      />
      <dl class="facts">
        <div>
          <dt>Days left</dt>
          <dd>{daysLeft}</dd>
        </div>
        <div>
          <dt>{finished ? 'Ended on' : 'Ends on'}</dt>
          <dd>
            <time dateTime={endDate}>{formatDate(endDate)}</time>
          </dd>
        </div>
      </dl>
      <div class="stage">
        <p class="stage-title">
          <span class="visually-hidden">Stage: </span>
          {stage.title}
        </p>
        <p>{stage.advice}</p>
        {finished ? (
          <p>
            <a href={quiz.href}>Take the “{quiz.title}” self-check</a> before you decide anything.
          </p>
        ) : (
          chapter && (
            <p>
              Read more: <a href={chapter.href}>{chapter.title}</a>
            </p>
          )
        )}
      </div>
    </section>
  );
}
