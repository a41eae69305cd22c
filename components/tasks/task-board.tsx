"use client";

import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useMemo, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import type { Status } from "@/lib/plan/contract";
import type { TaskLite } from "@/lib/plan/views";
import { STATUS_LABEL } from "@/lib/plan/labels";
import type { TaskRow } from "@/lib/plan/task-query";
import { EstimateBadge, OwnerBadge, PriorityBadge } from "@/components/plans/plan-badges";
import { InlineText } from "@/components/plans/inline-text";
import type { TaskActions } from "./tasks-view";

/** Board columns, in the order work moves through them. */
export const BOARD_COLUMNS: readonly Status[] = ["todo", "in_progress", "blocked", "done", "deferred"];

/** Arrow left / right jumps to the neighbouring column (the default moves 25 px at a time). */
const columnCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const step = event.code === "ArrowRight" ? 1 : event.code === "ArrowLeft" ? -1 : 0;
  if (step === 0) return event.code === "ArrowUp" || event.code === "ArrowDown" ? currentCoordinates : undefined;
  event.preventDefault();
  const { over, active, droppableRects, collisionRect } = context;
  const from = (over?.id as Status | undefined) ?? (active?.data.current?.status as Status | undefined) ?? "todo";
  const to = BOARD_COLUMNS[BOARD_COLUMNS.indexOf(from) + step];
  const rect = to ? droppableRects.get(to) : undefined;
  if (!rect || !collisionRect) return currentCoordinates;
  return { x: rect.left + (rect.width - collisionRect.width) / 2, y: rect.top + 48 };
};

const title = (id: unknown, rows: Map<string, TaskLite>) => rows.get(String(id))?.title ?? "the task";

export function TaskBoard({ rows, actions }: { rows: TaskRow<TaskLite>[]; actions: TaskActions }) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );
  const byStatus = useMemo(() => {
    const cols = new Map<Status, TaskRow<TaskLite>[]>(BOARD_COLUMNS.map((s) => [s, []]));
    for (const r of rows) cols.get(r.task.status)!.push(r);
    return cols;
  }, [rows]);
  const byId = useMemo(() => new Map(rows.map((r) => [r.task.id, r.task])), [rows]);
  const [dragging, setDragging] = useState<TaskLite | null>(null);

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${title(active.id, byId)}. Arrow left and right move it between columns; space drops it, escape cancels.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${title(active.id, byId)} is over ${STATUS_LABEL[over.id as Status]}.`
        : `${title(active.id, byId)} is not over a column.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${title(active.id, byId)} moved to ${STATUS_LABEL[over.id as Status]}.`
        : `${title(active.id, byId)} was dropped where it was.`,
    onDragCancel: ({ active }) => `Moving ${title(active.id, byId)} was cancelled.`,
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const task = byId.get(String(active.id));
    const to = over?.id as Status | undefined;
    if (task && to && to !== task.status && actions.canEdit) actions.edit(task, { status: to });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={rectIntersection}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable: "To move a task, press space on its handle, then arrow left or right, then space to drop.",
        },
      }}
      onDragStart={({ active }) => setDragging(byId.get(String(active.id)) ?? null)}
      onDragCancel={() => setDragging(null)}
      onDragEnd={onDragEnd}
    >
      <div
        className="-mx-4 flex snap-x snap-mandatory gap-3 overflow-x-auto px-4 pb-2 sm:mx-0 sm:px-0 lg:grid lg:grid-cols-5 lg:overflow-visible"
        data-testid="task-board"
      >
        {BOARD_COLUMNS.map((s) => (
          <BoardColumn key={s} status={s} rows={byStatus.get(s)!} actions={actions} />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>{dragging ? <CardBody task={dragging} lifted /> : null}</DragOverlay>
    </DndContext>
  );
}

function BoardColumn({ status, rows, actions }: { status: Status; rows: TaskRow<TaskLite>[]; actions: TaskActions }) {
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (i) => rows[i]!.task.id,
  });
  return (
    <section
      ref={setNodeRef}
      aria-label={`${STATUS_LABEL[status]}: ${rows.length} tasks`}
      className={cn(
        "flex w-[82vw] max-w-80 shrink-0 snap-start flex-col rounded-lg border bg-slate-50 sm:w-72 lg:w-auto lg:max-w-none",
        isOver ? "border-brand-500 ring-2 ring-brand-200" : "border-slate-200",
      )}
      data-testid={`board-column-${status}`}
      data-over={isOver || undefined}
    >
      <h2 className="flex items-center justify-between px-3 py-2 text-sm font-semibold text-slate-800">
        {STATUS_LABEL[status]} <span className="text-xs font-normal text-slate-500 tabular-nums">{rows.length}</span>
      </h2>
      <div ref={scroller} className="h-[65vh] overflow-y-auto px-2 pb-2">
        <div className="relative" style={{ height: virtual.getTotalSize() }}>
          {virtual.getVirtualItems().map((v) => (
            <div
              key={v.key}
              data-index={v.index}
              ref={virtual.measureElement}
              className="absolute inset-x-0 pb-2"
              style={{ transform: `translateY(${v.start}px)` }}
            >
              <BoardCard task={rows[v.index]!.task} actions={actions} />
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}

const BoardCard = memo(function BoardCard({ task, actions }: { task: TaskLite; actions: TaskActions }) {
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({
    id: task.id,
    data: { status: task.status },
    disabled: !actions.canEdit,
  });
  return (
    <div ref={setNodeRef} className={cn(isDragging && "opacity-40")} data-testid="board-card" data-task-id={task.id}>
      <CardBody
        task={task}
        onOpen={() => actions.open(task.id)}
        handle={
          actions.canEdit ? (
            <button
              type="button"
              {...attributes}
              {...listeners}
              aria-label={`Move ${task.title}`}
              className="cursor-grab touch-none rounded p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-brand-600"
              data-testid="board-handle"
            >
              <svg viewBox="0 0 16 16" className="size-4" fill="currentColor" aria-hidden="true">
                <path d="M5 3a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm6 0a1 1 0 1 1 0 2 1 1 0 0 1 0-2ZM5 7a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm6 0a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm-6 4a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm6 0a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z" />
              </svg>
            </button>
          ) : null
        }
      />
    </div>
  );
});

function CardBody({
  task,
  onOpen,
  handle,
  lifted,
}: {
  task: TaskLite;
  onOpen?: () => void;
  handle?: React.ReactNode;
  lifted?: boolean;
}) {
  return (
    <div
      className={cn(
        "rounded-md border border-slate-200 bg-white p-2.5 shadow-xs",
        lifted && "shadow-lg ring-2 ring-brand-300",
      )}
    >
      <div className="flex items-start gap-1.5">
        <button
          type="button"
          onClick={onOpen}
          className="min-w-0 flex-1 text-left text-sm font-medium text-slate-900 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600"
          data-testid="task-open"
        >
          {task.key ? <span className="mr-1.5 font-mono text-xs text-slate-400">{task.key}</span> : null}
          <span className="line-clamp-2">
            <InlineText text={task.title} />
          </span>
        </button>
        {handle}
      </div>
      <div className="mt-1.5 flex flex-wrap gap-1">
        <PriorityBadge priority={task.priority} />
        <EstimateBadge estimate={task.estimate} />
        <OwnerBadge owner={task.owner} />
      </div>
    </div>
  );
}
