-- The workspace a session works in (the workspace switcher). NULL means the most recent
-- membership. A workspace that is deleted sets it back to NULL.

-- AlterTable
ALTER TABLE "sessions" ADD COLUMN "workspace_id" TEXT;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE SET NULL ON UPDATE CASCADE;
