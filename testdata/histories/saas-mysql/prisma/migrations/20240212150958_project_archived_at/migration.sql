-- AlterTable
ALTER TABLE `Project` ADD COLUMN `archivedAt` DATETIME(3) NULL;
