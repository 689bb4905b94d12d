-- AlterTable
ALTER TABLE `ApiKey` ADD COLUMN `scopes` JSON NULL;
