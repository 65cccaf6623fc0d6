import { PROMPT_KINDS, PROMPT_TITLES, type PlanDay } from '~/lib/day-plan';
import type { IdFor, Link } from './parts';

interface Props {
  step: PlanDay;
  chapters: Record<string, Link>;
  id: IdFor;
}

/** Today's three prompts from the day-by-day plan, each with a link to the chapter it comes from. */
export function TodayStep({ step, chapters, id }: Props) {
  return (
    <section class="step" aria-labelledby={id('step-title')}>
      <h2 id={id('step-title')}>Today’s step</h2>
      <p class="step-day">From day {step.day} of the day-by-day plan</p>
      {PROMPT_KINDS.map((kind) => {
        const prompt = step[kind];
        const chapter = chapters[prompt.chapter];
        return (
          <div class={`prompt prompt-${kind}`} key={kind}>
            <h3>{PROMPT_TITLES[kind]}</h3>
            <p>{prompt.text}</p>
            {chapter && (
              <p class="prompt-source">
                From the chapter <a href={chapter.href}>{chapter.title}</a>
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
