import { useEffect, useRef } from 'preact/hooks';
import { cellMark, type StripCell } from '~/lib/today-view';
import type { IdFor } from './parts';

interface Props {
  cells: StripCell[];
  id: IdFor;
}

/**
 * The plan, one cell a day, in a strip that scrolls sideways on a phone and
 * opens with today in view. Every cell carries its date and marks in words;
 * the symbols and colours only repeat them.
 */
export function CalendarStrip({ cells, id }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const todayDate = cells.find((c) => c.when === 'today')?.date;

  // Bring today into view within the strip only: the page itself does not move.
  useEffect(() => {
    const box = scroller.current;
    const cell = box?.querySelector<HTMLElement>('[aria-current="date"]');
    if (!box || !cell) return;
    box.scrollLeft = Math.max(0, cell.offsetLeft - box.clientWidth / 2 + cell.offsetWidth / 2);
  }, [todayDate, cells.length]);

  return (
    <div class="strip-wrap">
      <h3 id={id('strip-title')} class="small-heading">
        Your plan, day by day
      </h3>
      <p id={id('strip-key')} class="strip-key">
        <span aria-hidden="true">×</span> you were in touch · <span aria-hidden="true">◆</span> they got in touch, or logistics ·{' '}
        <span aria-hidden="true">●</span> checked in · <span aria-hidden="true">○</span> no check-in yet
      </p>
      {/* Focusable so that keyboard users can scroll it; named by its heading. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div class="strip" ref={scroller} tabIndex={0} role="group" aria-labelledby={id('strip-title')} aria-describedby={id('strip-key')}>
        <ol>
          {cells.map((cell) => {
            const mark = cellMark(cell);
            return (
              <li
                key={cell.date}
                class={`cell ${cell.when}${mark === '×' ? ' contact' : mark === '◆' ? ' their-contact' : ''}${cell.checkedIn ? ' checked' : ''}`}
                aria-current={cell.when === 'today' ? 'date' : undefined}
              >
                <span class="cell-day" aria-hidden="true">
                  {cell.dayOfMonth}
                </span>
                <span class="cell-mark" aria-hidden="true">
                  {mark}
                </span>
                <span class="visually-hidden">{cell.label}</span>
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}
