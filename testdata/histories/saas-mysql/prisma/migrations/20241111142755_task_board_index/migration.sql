-- DropIndex
DROP INDEX `Task_projectId_position_idx` ON `Task`; -- expect: drop-index

-- AlterTable
ALTER TABLE `Task` ALTER COLUMN `priority` DROP DEFAULT; -- expect: drop-default

-- CreateIndex
CREATE INDEX `Task_projectId_status_position_idx` ON `Task`(`projectId`, `status`, `position`);
