import { useEffect, useState } from 'preact/hooks';
import { $discreet, setDiscreet } from '~/stores/discreet';
import { useStore } from '../shared/use-store';

/** Discreet mode's switch on the your-data page. */
export default function DiscreetSetting() {
  const on = useStore($discreet, false);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return (
    <section aria-labelledby="discreet-title">
      <h2 id="discreet-title">Discreet mode</h2>
      <p>
        For a screen someone else might glance at. The tab is called “Notes” with a plain icon, the home page shows nothing about your plan,
        unsent messages and notes stay folded until you tap them, and calendar events and exported files get ordinary names.
      </p>
      <p class="check">
        <input id="discreet-mode" type="checkbox" checked={on} disabled={!mounted} onChange={(e) => setDiscreet(e.currentTarget.checked)} />
        <label for="discreet-mode">Discreet mode</label>
      </p>
    </section>
  );
}
