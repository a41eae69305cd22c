"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

// The dialog's content (file input, diff, apply) is loaded when it opens: most visits of the
// overview never re-import, and its code is not part of the page's first load.
const ReimportBody = dynamic(() => import("./reimport-body").then((m) => m.ReimportBody), {
  ssr: false,
  loading: () => <p className="px-6 py-4 text-sm text-slate-500">Loading…</p>,
});

/** Upload a newer version of the plan's file → diff preview → Apply. */
export function ReimportDialog({ planId }: { planId: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} data-testid="reimport-button">
        Re-import
      </Button>
      <dialog
        ref={ref}
        onClose={() => setOpen(false)}
        className="m-auto w-full max-w-3xl rounded-xl p-0 shadow-xl backdrop:bg-slate-900/40"
        aria-labelledby="reimport-title"
      >
        {open ? <ReimportBody planId={planId} onClose={() => setOpen(false)} /> : null}
      </dialog>
    </>
  );
}
