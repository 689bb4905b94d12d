-- AlterTable
ALTER TABLE `Task` ADD COLUMN `position` DOUBLE NOT NULL DEFAULT 0,
    ADD COLUMN `priority` ENUM('LOW', 'MEDIUM', 'HIGH') NOT NULL DEFAULT 'MEDIUM';

-- CreateIndex
CREATE INDEX `Task_projectId_position_idx` ON `Task`(`projectId`, `position`);
