import type { ComponentChildren, Ref } from 'preact';
import type { ChapterLink } from '~/data/chapters';
import { RESULT_TEXT, type BandResult, type Paragraph, type ResultLink, type SafetyResult } from '~/lib/quiz';
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

/** A safety or band result. Renders only: every word comes from the result and {@link RESULT_TEXT}. */
export default function QuizResult({ id, result, chapters, base, level, headingRef, children }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="quiz-result" aria-labelledby={id}>
      <Heading id={id} tabIndex={-1} ref={headingRef} class="result-title">
        {result.kind === 'safety' ? result.title : result.band.title}
      </Heading>
      {result.kind === 'safety' ? (
        <div class="safety-result">
          {result.urgent && (
            <p class="urgent">
              <Runs runs={result.urgent} base={base} />
            </p>
          )}
          {result.paragraphs.map((text) => (
            <p key={text}>{text}</p>
          ))}
          <p>
            <Link link={result.help} base={base} />
          </p>
        </div>
      ) : (
        <>
          <p>{result.band.explanation}</p>
          {result.reasons.length > 0 && (
            <>
              <p class="label">{RESULT_TEXT.reasons}</p>
              <ul class="reasons">
                {result.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </>
          )}
          <p class="label">{RESULT_TEXT.chapters}</p>
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
            <strong>{RESULT_TEXT.next}</strong> {result.band.next}
          </p>
        </>
      )}
      <p class="disclaimer">{RESULT_TEXT.disclaimer}</p>
      {children}
    </section>
  );
}
