import type { ComponentChildren, Ref } from 'preact';
import type { ChapterLink } from '~/data/chapters';
import { type BandResult, type Paragraph, type ResultLink, type SafetyResult } from '~/lib/quiz';
import type { ResultWords } from '~/lib/quiz-words';
import { withBase } from '~/lib/url';

interface Props {
  /** Id of the result heading, which names the section. */
  id: string;
  result: SafetyResult | BandResult;
  /** Chapter slug → title and URL (with base path). */
  chapters: Record<string, ChapterLink>;
  /** The site's base path, put before the result's own site paths. */
  base: string;
  /** Heading level of the result's title. */
  level: 2 | 3;
  /** Receives the heading, which takes focus when the result appears. */
  headingRef: Ref<HTMLHeadingElement>;
  /** The fixed words of results: RESULT_TEXT and each safety result's, by kind. */
  words: ResultWords;
  /** The line of earlier results under a band result ("Earlier: 3 Nov — Not yet; today — Almost"), if any. */
  history?: string | undefined;
  /** What the reader can do next (start over, erase), under the result. */
  children: ComponentChildren;
}

/** A link of a result: another site's in a new tab, without a referrer. */
function Link({ link, base }: { link: ResultLink; base: string }) {
  return link.external ? (
    <a href={link.href} rel="noopener noreferrer" target="_blank">
      {link.label}
    </a>
  ) : (
    <a href={withBase(base, link.href)}>{link.label}</a>
  );
}

/** The runs of a paragraph, in order. */
function Runs({ runs, base }: { runs: Paragraph; base: string }) {
  return (
    <>
      {runs.map((run, i) =>
        typeof run === 'string' ? (
          run
        ) : 'strong' in run ? (
          <strong key={i}>{run.strong}</strong>
        ) : (
          <Link key={i} link={run.link} base={base} />
        ),
      )}
    </>
  );
}

/** A safety or band result. Renders only: every word comes from the result, `words` and `history`. */
export default function QuizResult({ id, result, chapters, base, level, headingRef, words, history, children }: Props) {
  const { text, safety } = words;
  const Heading = level === 2 ? 'h2' : 'h3';
  if (result.kind === 'safety') {
    return (
      <section class="quiz-result safety-result" aria-labelledby={id}>
        {result.kinds.map((kind, i) => {
          const section = safety[kind];
          return (
            <div key={section.kind} class={`safety-section ${section.kind}`}>
              <Heading
                id={i === 0 ? id : `${id}-${section.kind}`}
                class="result-title"
                {...(i === 0 ? { tabIndex: -1, ref: headingRef } : {})}
              >
                {section.title}
              </Heading>
              {section.paragraphs.map((runs, j) => (
                <p key={j} class={j === 0 && section.kind === 'crisis' ? 'urgent' : undefined}>
                  <Runs runs={runs} base={base} />
                </p>
              ))}
              {section.help.map((link) => (
                <p key={link.href}>
                  <Link link={link} base={base} />
                </p>
              ))}
            </div>
          );
        })}
        <p class="disclaimer">{text.disclaimer}</p>
        {children}
      </section>
    );
  }
  return (
    <section class="quiz-result" aria-labelledby={id}>
      <Heading id={id} tabIndex={-1} ref={headingRef} class="result-title">
        {result.band.title}
      </Heading>
      {/* The scale of bands, lowest first: the reader's is marked in words as well as in style. */}
      <p class="label" id={`${id}-scale`}>
        {text.scale}
      </p>
      <ol class="scale-steps" aria-labelledby={`${id}-scale`}>
        {result.scale.map((step) => (
          <li key={step.id} class={step.current ? 'current' : undefined} aria-current={step.current ? 'step' : undefined}>
            {step.title}
            {step.current && <span class="here">{text.here}</span>}
          </li>
        ))}
      </ol>
      <p>{result.band.explanation}</p>
      {result.wait && <p class="wait">{result.wait}</p>}
      {result.heldBack && (
        <>
          <p class="label">{result.heldBack.lead}</p>
          <ul class="held-back">
            {result.heldBack.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      {result.reasons.length > 0 && (
        <>
          <p class="label">{text.reasons}</p>
          <ul class="reasons">
            {result.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      <p class="label">{text.chapters}</p>
      <ul class="chapters">
        {result.band.chapters.map((slug) => {
          const chapter = chapters[slug];
          return chapter ? (
            <li key={slug}>
              <a href={chapter.href}>{chapter.title}</a>
            </li>
          ) : null;
        })}
      </ul>
      <p>
        <strong>{text.next}</strong> {result.band.next}
      </p>
      {history && <p class="history">{history}</p>}
      <p class="disclaimer">{text.disclaimer}</p>
      {children}
    </section>
  );
}
