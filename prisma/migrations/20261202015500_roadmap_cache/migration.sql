-- Computed roadmaps shared by every instance (lib/server/roadmap/cache.ts).
CREATE TABLE "roadmap_cache" (
    "plan_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "body" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "roadmap_cache_pkey" PRIMARY KEY ("plan_id","key")
);

ALTER TABLE "roadmap_cache" ADD CONSTRAINT "roadmap_cache_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;
