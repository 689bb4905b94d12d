-- AlterTable
ALTER TABLE `Organization` ADD COLUMN `billingEmail` VARCHAR(191) NULL,
    ADD COLUMN `timezone` VARCHAR(64) NOT NULL DEFAULT 'UTC';
