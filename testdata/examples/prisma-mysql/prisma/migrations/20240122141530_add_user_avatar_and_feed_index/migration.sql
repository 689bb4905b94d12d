-- AlterTable
ALTER TABLE `User` ADD COLUMN `avatarUrl` VARCHAR(191) NULL;

-- CreateIndex
CREATE INDEX `Post_published_createdAt_idx` ON `Post`(`published`, `createdAt`);
