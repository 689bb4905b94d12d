-- AlterTable
ALTER TABLE `Task` ADD COLUMN `estimateMinutes` INTEGER NULL;
