"use client";

import { useLayoutEffect, useRef, type ReactNode } from "react";

/**
 * A row of tabs that scrolls sideways when it does not fit (a phone), brought to the current tab
 * (`aria-current="page"`) when the page opens: on Metrics or Activity at 390 px the current tab
 * would otherwise sit off-screen. A tab reached with the keyboard scrolls into view by itself.
 */
export function TabStrip({ className, children }: { className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const strip = ref.current;
    const current = strip?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!strip || !current || strip.scrollWidth <= strip.clientWidth) return;
    // Centre it (as far as the strip scrolls); only this strip moves, never the page.
    strip.scrollLeft = current.offsetLeft - strip.offsetLeft - (strip.clientWidth - current.offsetWidth) / 2;
  }, []);
  return (
    <div ref={ref} className={className}>
      {children}
    </div>
  );
}
