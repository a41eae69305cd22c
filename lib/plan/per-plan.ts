import type { ApiPlan } from "./contract";

/**
 * A function of a plan, remembered for a frozen plan object (the server's plan cache freezes the
 * plans it keeps, one object per plan version: lib/server/plans/cache.ts). Every render of a
 * large plan's overview would otherwise recount its 5,000 tasks for each card; a plan that is not
 * frozen may still change, so it is computed every time.
 */
export function perPlan<T>(fn: (plan: ApiPlan) => T): (plan: ApiPlan) => T {
  const memo = new WeakMap<ApiPlan, T>();
  return (plan) => {
    if (!Object.isFrozen(plan)) return fn(plan);
    if (!memo.has(plan)) memo.set(plan, fn(plan));
    return memo.get(plan)!;
  };
}
