"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { useUpdateWorkspace, useWorkspace, type WorkspaceInfo } from "@/lib/hooks/use-workspace";

/** The workspace's time zone: weekly summaries cut their Monday-to-Sunday weeks in it. Owners change it. */
export function WorkspaceCard({
  initial,
  zones,
  canManage,
}: {
  initial: WorkspaceInfo;
  zones: string[];
  canManage: boolean;
}) {
  const { data: ws = initial } = useWorkspace(initial);
  const update = useUpdateWorkspace();
  const [zone, setZone] = useState(ws.timeZone);
  const description = "Weekly summaries run Monday to Sunday in this time zone.";
  return (
    <Card data-testid="workspace-card">
      <CardHeader title="Workspace" description={description} />
      <CardBody>
        {canManage ? (
          <form
            className="flex flex-col gap-3 sm:flex-row sm:items-end"
            onSubmit={(e) => {
              e.preventDefault();
              update.mutate({ timeZone: zone });
            }}
          >
            <div className="min-w-0 sm:w-80">
              <Field label="Time zone" htmlFor="workspace-time-zone">
                <Select id="workspace-time-zone" value={zone} onChange={(e) => setZone(e.target.value)}>
                  {zones.map((z) => (
                    <option key={z} value={z}>
                      {z}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <Button type="submit" disabled={update.isPending || zone === ws.timeZone} data-testid="workspace-save">
              {update.isPending ? "Saving…" : "Save time zone"}
            </Button>
          </form>
        ) : (
          <p className="text-sm text-slate-700">
            Time zone:{" "}
            <span className="font-medium" data-testid="workspace-time-zone">
              {ws.timeZone}
            </span>
          </p>
        )}
        {update.error ? (
          <Alert tone="error" className="mt-3">
            {update.error.message}
          </Alert>
        ) : null}
        {update.isSuccess && !update.isPending ? (
          <Alert tone="success" className="mt-3">{`Weeks now run in ${ws.timeZone}.`}</Alert>
        ) : null}
      </CardBody>
    </Card>
  );
}
