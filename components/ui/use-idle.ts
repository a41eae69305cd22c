"use client";

import { useEffect, useState } from "react";

/**
 * False until the browser first has nothing to do after the component mounted (or `timeoutMs`
 * passed), true after: work that can wait (a large download, its parse and re-render) then stays
 * out of the way of hydration and the first click.
 */
export function useIdle(timeoutMs = 2000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setIdle(true), Math.min(timeoutMs, 300));
    return () => clearTimeout(timer);
  }, [timeoutMs]);
  return idle;
}
