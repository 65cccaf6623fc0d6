import { type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it, vi } from 'vitest';
import { addDays } from '~/lib/calendar-date';
import { chartSummary } from '~/lib/chart-geometry';
import type { ChartPoint } from '~/lib/check-in-progress';
import type { ContactKind } from '~/lib/check-ins';
import { CheckInChart } from './CheckInChart';

const MONDAY = '2026-11-23';

/** A week from Monday: two days without a check-in, one slip, one day they got in touch. */
const WEEK: ChartPoint[] = (
  [
    [2, 8, 'none', false],
    [null, null, null, false],
    [3, 7, 'reached-out', true],
    [3, 6, 'they-reached-out', false],
    [null, null, null, false],
    [4, 5, 'none', false],
    [4, 4, 'none', false],
  ] as const
).map(([mood, pull, contact, slip], i) => ({
  date: addDays(MONDAY, i),
  mood,
  pull,
  contact: contact as ContactKind | null,
  slip,
  logged: null,
  withContact: slip,
}));

const render = (range: 'week' | 'plan' = 'week', points = WEEK) =>
  renderToString(<CheckInChart points={points} range={range} onRange={() => {}} idPrefix="t" />);

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

/** Every element of a rendered tree, depth first: the component keeps no state, so calling it gives its whole tree. */
function elements(node: unknown): VNode<Record<string, unknown>>[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (!node || typeof node !== 'object' || !('props' in node)) return [];
  const vnode = node as VNode<Record<string, unknown>>;
  return [vnode, ...elements(vnode.props['children'])];
}

describe('CheckInChart', () => {
  it('draws an SVG image named by its title and the summary', () => {
    const html = render();
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="t-title t-summary"/);
    expect(html).toMatch(/<svg[^>]*viewBox="0 0 320 160"[^>]*preserveAspectRatio="xMidYMid meet"[^>]*width="100%"/);
    expect(html).toContain('<title id="t-title">Mood and the pull to get in touch, the last seven days</title>');
    expect(html).toContain(`<span id="t-summary" class="chart-summary">${chartSummary(WEEK, 'week')}</span>`);
    expect(chartSummary(WEEK, 'week')).toBe(
      'Over 5 check-ins this week, mood averaged 3.2 out of 5; the pull to get in touch fell from 8 to 4, with contact on 2 days.',
    );
  });

  it('marks the slip once, the other contact once, and draws a bar per check-in', () => {
    const svg = /<svg class="chart-svg"[\s\S]*?<\/svg>/.exec(render())?.[0] ?? '';
    expect(count(svg, /class="chart-marker chart-marker-reached-out"/g)).toBe(1);
    expect(count(svg, /class="chart-marker chart-marker-they-reached-out"/g)).toBe(1);
    expect(count(svg, /class="chart-marker /g)).toBe(2);
    expect(count(svg, /<rect class="chart-bar"/g)).toBe(5);
    expect(count(svg, /<circle class="chart-dot"/g)).toBe(5);
  });

  it('shows which range is on with aria-pressed on two buttons', () => {
    const week = render('week');
    expect(week).toMatch(/<button type="button" class="chart-toggle-button" aria-pressed="true">This week<\/button>/);
    expect(week).toMatch(/<button type="button" class="chart-toggle-button" aria-pressed="false">Whole plan<\/button>/);
    const plan = render('plan');
    expect(plan).toMatch(/aria-pressed="false">This week/);
    expect(plan).toMatch(/aria-pressed="true">Whole plan/);
    expect(plan).toContain('the whole plan</title>');
  });

  it('calls onRange with the range of the button pressed', () => {
    const onRange = vi.fn();
    const tree = CheckInChart({ points: WEEK, range: 'week', onRange, idPrefix: 't' });
    const buttons = elements(tree).filter((e) => e.type === 'button');
    expect(buttons).toHaveLength(2);
    for (const b of buttons) (b.props['onClick'] as () => void)();
    expect(onRange.mock.calls).toEqual([['week'], ['plan']]);
  });

  it('gives the same days as a table with a caption, headers and a row per day', () => {
    const html = render();
    expect(html).toContain('<caption id="t-table-caption">Your check-ins, the last seven days</caption>');
    expect(count(html, /<th scope="col">/g)).toBe(4);
    const body = /<tbody>([\s\S]*)<\/tbody>/.exec(html)?.[1] ?? '';
    expect(count(body, /<tr>/g)).toBe(7);
    expect(count(body, /<th scope="row">/g)).toBe(7);
    expect(body).toContain('<time datetime="2026-11-23">Mon 23 Nov</time>');
    expect(count(body, /No check-in/g)).toBe(2);
    expect(body).toContain('You were in touch');
    expect(body).toContain('They got in touch');
  });

  it('names every legend entry in words, with the shape too', () => {
    const html = render();
    expect(html).toContain('Mood, 1 to 5: the line, left scale');
    expect(html).toContain('Pull to get in touch, 0 to 10: the bars, right scale');
    expect(html).toContain('You were in touch (triangle, under the day)');
    expect(count(html, /class="chart-swatch"[^>]*aria-hidden="true"/g)).toBe(5);
  });

  it('labels the week with weekday letters', () => {
    const labels = [...render().matchAll(/text-anchor="middle">(\w)<\/text>/g)].map((m) => m[1]);
    expect(labels.join('')).toBe('MTWTFSS');
  });
});
