import { chartRange, chartSeries, type ChartSpan } from '~/lib/check-in-progress';
import { CheckInChart } from './CheckInChart';

/** The chart of check-ins for the chosen span (this week, or the whole plan). */
export default function ChartFor({
  plan,
  checkIns,
  today,
  span,
  onSpan,
  idPrefix,
}: {
  plan: Parameters<typeof chartSeries>[1];
  checkIns: Parameters<typeof chartSeries>[0];
  today: string;
  span: ChartSpan;
  onSpan: (span: ChartSpan) => void;
  idPrefix: string;
}) {
  const { from, to } = chartRange(span, plan, checkIns, today);
  return <CheckInChart points={chartSeries(checkIns, plan, from, to)} range={span} onRange={onSpan} idPrefix={idPrefix} />;
}
