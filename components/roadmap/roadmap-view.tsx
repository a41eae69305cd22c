import Link from "next/link";
import { ForecastHistory } from "@/components/forecast/forecast-history";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ForecastHistory as History, RoadmapView as RoadmapData } from "@/lib/server/roadmap";
import { RoadmapRule } from "./roadmap-rule";
import { RoadmapSettingsForm } from "./roadmap-settings-form";
import { RoadmapSummary } from "./roadmap-summary";
import { RoadmapTable } from "./roadmap-table";
import { TimelineFrame } from "./timeline-client";
import { expandedPhases } from "./timeline-rows";
import { dayNumber, defaultZoom, parseZoom } from "./timeline-scale";
import { TimelineLabels, TimelineSvg, layoutTimeline } from "./timeline-svg";
import { WhatIfPanel, type WhatIfView } from "./what-if-panel";

export interface RoadmapViewProps {
  data: RoadmapData;
  canEdit: boolean;
  /** The "← plan" link; null where there is no app to go back to (a share link). */
  backHref?: string | null;
  search: { zoom?: string | string[]; open?: string | string[] };
  /** The forecast week by week; null where it could not be read. */
  history?: History | null;
  /** The what-if the query names, computed beside the current forecast; absent: no what-if panel. */
  whatIf?: { view: WhatIfView | null; error: string | null };
}

function Legend() {
  const item = (swatch: React.ReactNode, label: string) => (
    <span className="inline-flex items-center gap-1.5">
      {swatch}
      {label}
    </span>
  );
  const box = (cls: string) => <span className={`inline-block h-2.5 w-4 rounded-sm ${cls}`} />;
  return (
    <div className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-label="Legend">
      {item(box("bg-indigo-300 ring-1 ring-indigo-500"), "phase (dark: done share)")}
      {item(box("border border-dashed border-slate-400"), "dated window")}
      {item(box("bg-[hsl(5_90%_56%)] ring-2 ring-red-600"), "critical path")}
      {item(box("bg-[hsl(40_20%_78%)]"), "→ red: criticality")}
      {item(box("bg-slate-400/50"), "last week")}
      {item(<span className="text-amber-500">◆</span>, "open decision")}
      {item(<span className="font-bold text-red-600">⚑</span>, "slipping / over window")}
    </div>
  );
}

/** The roadmap page: numbers, the server-rendered timeline, the table, the settings and the rule. */
export function RoadmapView({
  data,
  canEdit,
  backHref = `/plans/${data.planId}`,
  search,
  history,
  whatIf,
}: RoadmapViewProps) {
  const { roadmap, baseline, settings } = data;
  const span = dayNumber(roadmap.finish.latest) - Math.max(dayNumber(roadmap.today), dayNumber(roadmap.startDate));
  const zoom = parseZoom(search.zoom, defaultZoom(span));
  const open = typeof search.open === "string" ? search.open : undefined;
  const expanded = expandedPhases(roadmap, open);
  const layout = layoutTimeline(roadmap, baseline, zoom, expanded);
  const hrefFor = (ids: string[]) => `?zoom=${zoom}&open=${ids.length ? encodeURIComponent(ids.join(",")) : "none"}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          <p className="text-sm text-slate-500">
            {backHref ? (
              <Link href={backHref} className="hover:text-slate-900 hover:underline">
                ← {data.title}
              </Link>
            ) : (
              data.title
            )}
          </p>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Roadmap</h1>
        </div>
      </div>
      <RoadmapSummary roadmap={roadmap} baseline={baseline} settingsHref={canEdit ? "#roadmap-settings" : null} />
      {history ? (
        <ForecastHistory weeks={history.weeks} pending={history.pending} targetDate={roadmap.targetDate} />
      ) : null}
      {whatIf ? (
        <div className="print:hidden">
          <WhatIfPanel
            view={whatIf.view}
            error={whatIf.error}
            keep={{
              ...(typeof search.zoom === "string" ? { zoom: search.zoom } : {}),
              ...(typeof search.open === "string" ? { open: search.open } : {}),
            }}
          />
        </div>
      ) : null}
      <Card>
        <CardHeader
          title="Timeline"
          description="Phases as bars; open a phase to see its tasks and dependency arrows."
          actions={
            <span className="flex gap-2 text-xs">
              <a className="text-brand-700 hover:underline" href={hrefFor(roadmap.phases.map((p) => p.id))}>
                Open all
              </a>
              <a className="text-brand-700 hover:underline" href={hrefFor([])}>
                Close all
              </a>
            </span>
          }
        />
        <CardBody className="space-y-3">
          <Legend />
          <TimelineFrame zoom={zoom} labels={<TimelineLabels layout={layout} expanded={expanded} hrefFor={hrefFor} />}>
            <TimelineSvg roadmap={roadmap} baseline={baseline} layout={layout} />
          </TimelineFrame>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Table view" description="The same schedule, for keyboards and screen readers." />
        <CardBody>
          <RoadmapTable roadmap={roadmap} expanded={expanded} />
        </CardBody>
      </Card>
      {canEdit ? (
        <Card id="roadmap-settings">
          <CardHeader title="Settings" description="Capacity and dates of this plan's roadmap." />
          <CardBody>
            <RoadmapSettingsForm
              planId={data.planId}
              owners={data.owners}
              values={{ ...settings.stored, defaults: settings.defaults }}
            />
          </CardBody>
        </Card>
      ) : null}
      <Card>
        <CardBody>
          <RoadmapRule />
        </CardBody>
      </Card>
    </div>
  );
}
