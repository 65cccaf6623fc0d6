import { useEffect, useRef, useState } from 'preact/hooks';
import { nextStep, previousStep, SENT_WORDS, stepNumber, URGE_STEP_TITLES, URGE_STEPS, type SentAnswer } from '~/lib/urge-flow';
import { $today } from '~/stores/today';
import { useStore } from '../shared/use-store';
import PadForm from './PadForm';
import PadPause from './PadPause';
import { $urgeStep, answerSent, undoSent } from './urge-store';
import UrgeReasons from './UrgeReasons';

interface Props {
  /** The site's base path, ending in `/`, for links. */
  base: string;
  /** Closes the dialog the flow is in. */
  onClose: () => void;
}

/** The breathing circle and the pad's ten-minute pause. */
function Breathe() {
  return (
    <>
      <div class="breath" aria-hidden="true">
        <div class="breath-circle" />
      </div>
      <p class="breath-hint">
        <span class="with-motion">Breathe in as the circle grows, and out as it shrinks.</span>
        <span class="without-motion">Breathe in for a count of four, and out for a count of six.</span>
      </p>
      <PadPause idPrefix="urge" H="h4" />
    </>
  );
}

/** "Call a friend instead", and where to find help. */
function Friend({ base }: { base: string }) {
  return (
    <>
      <p>
        Think of one person who is on your side: a friend, a sister, a cousin, a colleague you trust. Call them or send them a message
        instead. You do not have to explain much. "Can you talk for ten minutes?" is enough.
      </p>
      <p>If no one comes to mind, or no one answers, that is all right too. Other people are there for moments like this.</p>
      <ul class="help-links">
        <li>
          <a href={`${base}help/`}>Where to find help</a>
        </li>
        <li>
          <a href={`${base}help/#crisis`}>If you are thinking of harming yourself</a>
        </li>
      </ul>
    </>
  );
}

/** "Did you send it?" and the answer's kind words. */
function Sent({ base, onClose }: Props) {
  const [answer, setAnswer] = useState<SentAnswer | undefined>();
  const [undone, setUndone] = useState(false);
  const today = useStore($today, '');
  const wordsRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => wordsRef.current?.focus(), [answer, undone]);

  if (!answer) {
    return (
      <>
        {undone && (
          <p ref={wordsRef} tabIndex={-1} class="words" role="status">
            Taken back: no slip is recorded, and your count is as it was.
          </p>
        )}
        <p>Whatever happened, you can answer honestly here. Nobody else sees it.</p>
        <div class="actions">
          <button
            type="button"
            onClick={() => {
              setUndone(false);
              setAnswer(answerSent(false, today));
            }}
          >
            No, I did not send it
          </button>{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setUndone(false);
              setAnswer(answerSent(true, today));
            }}
          >
            Yes, I sent it
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      <p ref={wordsRef} tabIndex={-1} class="words">
        {SENT_WORDS[answer]}
      </p>
      {answer !== 'no' && (
        <p>
          <a href={`${base}no-contact/`}>{answer === 'yes-recorded' ? 'See your count' : 'Start a no-contact plan'}</a>
        </p>
      )}
      {answer === 'yes-recorded' && (
        <p>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              if (undoSent(today)) setUndone(true);
              setAnswer(undefined);
            }}
          >
            Undo: I pressed “Yes” by mistake
          </button>
        </p>
      )}
      <button
        type="button"
        onClick={() => {
          $urgeStep.set('breathe');
          onClose();
        }}
      >
        Close
      </button>
    </>
  );
}

/**
 * "I want to text them": a pause with a breathing circle, the reader's
 * reasons, the pad, a friend and the help page, then "Did you send it?".
 * Rendered into the header's dialog on first use; the step is kept in
 * {@link $urgeStep}, so closing and reopening resumes it.
 */
export default function UrgeFlow({ base, onClose }: Props) {
  const step = useStore($urgeStep, 'breathe');
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const next = nextStep(step);
  const previous = previousStep(step);

  // Focus follows the reader to each new step's heading (the dialog's own opening focus comes first).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  return (
    <div class="urge widget pad">
      <div class="urge-top">
        <h2 id="urge-title">I want to text them</h2>
        <button type="button" class="secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <p class="urge-progress">
        Step {stepNumber(step)} of {URGE_STEPS.length}
      </p>
      <section class="urge-step" aria-labelledby="urge-step-title">
        <h3 id="urge-step-title" ref={headingRef} tabIndex={-1}>
          {URGE_STEP_TITLES[step]}
        </h3>
        {step === 'breathe' && <Breathe />}
        {step === 'reasons' && <UrgeReasons />}
        {step === 'write' && <PadForm idPrefix="urge" H="h4" status={status} onStatus={setStatus} />}
        {step === 'friend' && <Friend base={base} />}
        {step === 'sent' && <Sent base={base} onClose={onClose} />}
      </section>
      <div class="urge-nav">
        {previous && (
          <button type="button" class="secondary" onClick={() => $urgeStep.set(previous)}>
            Back
          </button>
        )}
        {next && (
          <button type="button" onClick={() => $urgeStep.set(next)}>
            Next
          </button>
        )}
      </div>
    </div>
  );
}
