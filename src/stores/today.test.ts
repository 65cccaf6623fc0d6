import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $today } from './today';

// $today listens to the window and the document: stand-ins for both, in Node.
const win = new EventTarget();
const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(2026, 10, 27, 23, 58) });
  vi.stubGlobal('window', win);
  vi.stubGlobal('document', doc);
});
afterEach(() => {
  // Unmounts at once: nanostores otherwise waits a second, on a timer the fake clock owns.
  cleanStores($today);
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('$today', () => {
  it('rolls over at local midnight while someone listens, and stops when nobody does', () => {
    const seen: string[] = [];
    const stop = $today.subscribe((day) => seen.push(day));
    expect($today.get()).toBe('2026-11-27');
    vi.advanceTimersByTime(3 * 60_000);
    expect($today.get()).toBe('2026-11-28');
    stop();
    vi.advanceTimersByTime(24 * 3_600_000);
    expect(seen).toEqual(['2026-11-27', '2026-11-28']);
  });

  it('reads the clock again when the page is shown again or the tab becomes visible', () => {
    const stop = $today.listen(() => {});
    // A tab asleep for days: the timer has not fired, the clock has moved.
    vi.setSystemTime(new Date(2026, 11, 2, 9));
    win.dispatchEvent(new Event('pageshow'));
    expect($today.get()).toBe('2026-12-02');
    vi.setSystemTime(new Date(2026, 11, 5, 9));
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect($today.get()).toBe('2026-12-02');
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect($today.get()).toBe('2026-12-05');
    stop();
  });
});
