import { initReadMarks } from './read-marks';
import { initReadTracker } from './read-tracker';

/** Shows the read marks in chapter lists and records the chapter being read (loaded on its own by ./site). */
export function initReadingProgress(): void {
  initReadMarks();
  initReadTracker();
}
