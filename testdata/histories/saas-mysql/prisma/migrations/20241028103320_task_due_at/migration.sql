-- Edited by hand after `prisma migrate dev --create-only`: Prisma generated
-- DROP COLUMN `dueDate` + ADD COLUMN `dueAt`, which would have thrown away
-- every due date. RENAME COLUMN keeps them.
-- AlterTable
ALTER TABLE `Task` RENAME COLUMN `dueDate` TO `dueAt`; -- expect: rename-column
