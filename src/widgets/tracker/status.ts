import { $progress } from './store';

// Home page: keep "Day N of M" in step with the plan (other tabs, midnight, back/forward cache).
const box = document.querySelector<HTMLElement>('[data-tracker-status]');
const day = box?.querySelector<HTMLElement>('[data-tracker-day]');
const left = box?.querySelector<HTMLElement>('[data-tracker-left]');
if (box && day && left) {
  $progress.subscribe((progress) => {
    box.hidden = !progress;
    if (!progress) return;
    day.textContent = progress.finished ? `Day ${progress.day}: complete` : `Day ${progress.day} of ${progress.total}`;
    left.textContent = progress.finished
      ? 'Take the self-check before deciding'
      : `${progress.daysLeft} ${progress.daysLeft === 1 ? 'day' : 'days'} left`;
  });
}
