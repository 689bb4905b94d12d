-- Edited by hand after `prisma migrate dev --create-only`: Prisma generated
-- DROP COLUMN "body" + ADD COLUMN "content", which would have emptied every
-- post. RENAME COLUMN keeps the data.
-- AlterTable
ALTER TABLE "Post" RENAME COLUMN "body" TO "content";
