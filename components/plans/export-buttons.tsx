import { buttonClasses } from "@/components/ui/button";

/** Plain download links: the export route sets Content-Disposition. */
export function ExportButtons({ planId }: { planId: string }) {
  const base = `/api/plans/${encodeURIComponent(planId)}/export`;
  return (
    <>
      <a href={`${base}?format=md`} download className={buttonClasses("secondary")} data-testid="export-md">
        Export Markdown
      </a>
      <a href={`${base}?format=json`} download className={buttonClasses("secondary")} data-testid="export-json">
        Export JSON
      </a>
    </>
  );
}
