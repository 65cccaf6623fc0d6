import { progress } from '~/lib/no-contact-progress';
import { $plan } from '~/stores/no-contact-plan';
import { $today } from '~/stores/today';

// Home page: "Day N of M", linking to /today/, kept in step with the plan (other tabs, midnight, back/forward cache).
const box = document.querySelector<HTMLElement>('[data-today-status]');
const day = box?.querySelector<HTMLElement>('[data-today-day]');
const left = box?.querySelector<HTMLElement>('[data-today-left]');
if (box && day && left) {
  const show = () => {
    const plan = $plan.get();
    box.hidden = !plan;
    if (!plan) return;
    const where = progress(plan, $today.get());
    day.textContent = where.finished ? `Day ${where.day}: complete` : `Day ${where.day} of ${where.total}`;
    left.textContent = where.finished ? 'Take stock before deciding' : `${where.daysLeft} ${where.daysLeft === 1 ? 'day' : 'days'} left`;
  };
  $plan.subscribe(show);
  $today.subscribe(show);
}
