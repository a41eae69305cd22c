"use client";

import dynamic from "next/dynamic";
import { useEffect } from "react";
import { useTaskSource } from "@/lib/hooks/use-tasks";

// The markdown renderer (~45 kB gzipped) is the panel's one heavy part: it loads while the source
// text does, so the page and the panel's first render do not wait for it.
const loadMarkdown = () => import("./source-markdown").then((m) => m.SourceMarkdown);
const SourceMarkdown = dynamic(loadMarkdown, {
  ssr: false,
  loading: () => <p className="text-sm text-slate-400">Loading…</p>,
});

export function TaskSourceSection({
  planId,
  taskId,
  hasSource,
}: {
  planId: string;
  taskId: string;
  hasSource: boolean;
}) {
  const source = useTaskSource(planId, hasSource ? taskId : null);
  useEffect(() => {
    if (hasSource) void loadMarkdown();
  }, [hasSource]);
  return (
    <section aria-labelledby="panel-source" className="space-y-2" data-testid="task-source">
      <h3 id="panel-source" className="text-xs font-medium tracking-wide text-slate-500 uppercase">
        Source
        {source.data?.fromLine ? (
          <span className="ml-1 font-normal normal-case">
            (lines {source.data.fromLine}–{source.data.toLine} as imported)
          </span>
        ) : null}
      </h3>
      {!hasSource ? (
        <p className="text-sm text-slate-400">Added in the app: no source section.</p>
      ) : source.isPending ? (
        <p className="text-sm text-slate-400">Loading…</p>
      ) : source.isError ? (
        <p className="text-sm text-red-600">Could not load the source.</p>
      ) : source.data.markdown ? (
        <div className="rounded-md border border-slate-200 p-3">
          <SourceMarkdown markdown={source.data.markdown} />
        </div>
      ) : (
        <p className="text-sm text-slate-400">No source section.</p>
      )}
    </section>
  );
}
