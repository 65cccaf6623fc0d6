import type { ChartPoint } from '~/lib/check-in-progress';
import { formatDate } from '~/lib/calendar-date';
import { CONTACT_LABELS, shortDate } from '~/lib/today-view';

interface Props {
  /** The days to list, in the order shown; days without a check-in have null answers. */
  points: readonly ChartPoint[];
  /** What the table shows, read out before it. */
  caption: string;
}

/**
 * Check-ins as a plain table: date, mood, pull and contact. It stands in for
 * the chart for screen readers, and is what the page shows until the chart
 * is there.
 */
export function CheckInTable({ points, caption }: Props) {
  return (
    <div class="table-scroll">
      <table class="check-in-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Mood (1–5)</th>
            <th scope="col">Pull (0–10)</th>
            <th scope="col">Contact</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.date}>
              <th scope="row">
                <time dateTime={p.date} title={formatDate(p.date)}>
                  {shortDate(p.date)}
                </time>
              </th>
              {p.mood === null ? (
                <td colSpan={3} class="empty">
                  No check-in{p.slip ? '; a slip is recorded' : ''}
                </td>
              ) : (
                <>
                  <td>{p.mood}</td>
                  <td>{p.pull}</td>
                  <td>
                    {p.contact ? CONTACT_LABELS[p.contact] : ''}
                    {p.slip ? '; a slip is recorded' : ''}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
