"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type MouseEvent, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { ZOOMS, type Zoom } from "./timeline-scale";

/**
 * The small client part of the timeline: a tooltip with a bar's details on hover or focus (the
 * SVG's own <title>s do the same without JavaScript), and zoom buttons that swap the server-
 * rendered SVG without a full reload (they are plain links underneath).
 */
export function TimelineFrame({ children, labels, zoom }: { children: ReactNode; labels: ReactNode; zoom: Zoom }) {
  const [tip, setTip] = useState<{ text: string; x: number; y: number } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // Open at today rather than at the plan's first (often long past) window.
  useEffect(() => {
    const el = scroller.current;
    const today = el?.querySelector("[data-testid=roadmap-line-today] line");
    if (!el || !today) return;
    const x = Number(today.getAttribute("x1"));
    if (x > el.clientWidth * 0.6) el.scrollLeft = x - el.clientWidth * 0.3;
  }, [zoom]);
  const onMove = (e: MouseEvent<HTMLDivElement>) => {
    const el = (e.target as Element).closest("[data-tip]");
    const box = e.currentTarget.getBoundingClientRect();
    if (!el) return setTip(null);
    setTip({ text: el.getAttribute("data-tip") ?? "", x: e.clientX - box.left + 12, y: e.clientY - box.top + 12 });
  };
  return (
    <div className="relative">
      <ZoomLinks zoom={zoom} />
      <div
        className="relative mt-3 flex rounded-md border border-slate-200 bg-white"
        onMouseMove={onMove}
        onMouseLeave={() => setTip(null)}
        data-testid="roadmap-frame"
      >
        {/* Names stay in view while the chart scrolls sideways; narrower on a phone. */}
        <div className="w-[128px] shrink-0 overflow-hidden border-r border-slate-200 sm:w-[180px]">{labels}</div>
        <div ref={scroller} className="min-w-0 flex-1 overflow-x-auto">
          {children}
        </div>
        {tip ? (
          <div
            role="tooltip"
            className="pointer-events-none absolute z-10 max-w-xs rounded-md bg-slate-900 px-2.5 py-1.5 text-xs whitespace-pre-line text-white shadow-lg"
            style={{ left: tip.x, top: tip.y }}
          >
            {tip.text}
          </div>
        ) : null}
      </div>
    </div>
  );
}

export function ZoomLinks({ zoom }: { zoom: Zoom }) {
  const router = useRouter();
  const params = useSearchParams();
  const [pending, start] = useTransition();
  const href = (z: Zoom) => {
    const next = new URLSearchParams(params.toString());
    next.set("zoom", z);
    return `?${next.toString()}`;
  };
  return (
    <div
      className="inline-flex rounded-md ring-1 ring-slate-300 ring-inset"
      role="group"
      aria-label="Zoom"
      data-testid="roadmap-zoom"
    >
      {ZOOMS.map((z) => (
        <a
          key={z}
          href={href(z)}
          aria-current={z === zoom ? "true" : undefined}
          onClick={(e) => {
            e.preventDefault();
            start(() => router.replace(href(z), { scroll: false }));
          }}
          className={cn(
            "px-3 py-1.5 text-xs font-medium capitalize first:rounded-l-md last:rounded-r-md",
            z === zoom ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-50",
            pending && "opacity-70",
          )}
        >
          {z}
        </a>
      ))}
    </div>
  );
}
