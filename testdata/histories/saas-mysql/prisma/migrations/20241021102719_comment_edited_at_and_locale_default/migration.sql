-- AlterTable
ALTER TABLE `Comment` ADD COLUMN `editedAt` DATETIME(3) NULL;

-- AlterTable
ALTER TABLE `User` MODIFY `locale` VARCHAR(10) NOT NULL DEFAULT 'en-US';
