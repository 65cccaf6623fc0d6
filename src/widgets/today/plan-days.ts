import { useEffect, useState } from 'preact/hooks';
import type { PlanDay } from '~/lib/day-plan';

/** The plan's days once loaded, `undefined` while loading (or not asked for), 'failed' when they could not be fetched. */
export type PlanDaysState = PlanDay[] | 'failed' | undefined;

let loading: Promise<PlanDay[]> | undefined;

/**
 * The day-by-day plan from `href` (the build's `/today/plan.json`), fetched at
 * most once per page; a failed fetch is tried again on the next call.
 */
export function loadPlanDays(href: string): Promise<PlanDay[]> {
  loading ??= fetch(href)
    .then(async (response) => {
      if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
      const days: unknown = await response.json();
      if (!Array.isArray(days) || days.length === 0) throw new Error(`${href} holds no plan days`);
      return days as PlanDay[];
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** The plan's days, loaded from `href` once `wanted` is true (a plan is running). */
export function usePlanDays(href: string, wanted: boolean): PlanDaysState {
  const [days, setDays] = useState<PlanDaysState>(undefined);
  useEffect(() => {
    if (!wanted || Array.isArray(days)) return;
    let current = true;
    loadPlanDays(href).then(
      (loaded) => current && setDays(loaded),
      () => current && setDays('failed'),
    );
    return () => {
      current = false;
    };
  }, [href, wanted]);
  return days;
}
