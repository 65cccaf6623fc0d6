import { $backupDue, dismissReminder, setReminders } from '~/stores/backup';

// Shows the reminder while it is due. Its buttons answer it (a month's quiet,
// or no more reminders); the reminder then hides and its status line, which
// stays, says what happened (the button's `data-done`).
const box = document.querySelector<HTMLElement>('[data-backup-reminder]');
const said = document.querySelector<HTMLElement>('[data-backup-said]');
if (box && said) {
  $backupDue.subscribe((due) => (box.hidden = !due));
  const answer = (selector: string, action: () => void) => {
    const button = box.querySelector<HTMLElement>(selector);
    button?.addEventListener('click', () => {
      action();
      said.textContent = button.dataset['done'] ?? '';
    });
  };
  answer('[data-backup-later]', dismissReminder);
  answer('[data-backup-off]', () => setReminders(false));
}
