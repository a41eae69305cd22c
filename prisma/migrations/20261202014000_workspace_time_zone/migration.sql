-- The workspace's time zone (IANA name): weekly summaries cut their ISO weeks in it.
-- The app validates the name (Intl): the column only keeps it from being empty.
ALTER TABLE "workspaces" ADD COLUMN "time_zone" TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_time_zone_not_empty" CHECK (length("time_zone") BETWEEN 1 AND 64);
