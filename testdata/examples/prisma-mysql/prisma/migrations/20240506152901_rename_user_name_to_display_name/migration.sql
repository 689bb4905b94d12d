-- Edited by hand after `prisma migrate dev --create-only`: Prisma generated
-- DROP COLUMN `name` + ADD COLUMN `displayName`, which would have thrown away
-- every name. A CHANGE keeps the data.
-- AlterTable
ALTER TABLE `User` CHANGE `name` `displayName` VARCHAR(191) NOT NULL DEFAULT '';
