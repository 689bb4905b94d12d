-- add-unique-constraint on MySQL.
-- migration: 20240101000000_init
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `email` VARCHAR(191) NOT NULL,
    `slug` VARCHAR(191) NOT NULL,
    `tenantId` INTEGER NOT NULL,
    `phone` VARCHAR(20) NULL,

    UNIQUE INDEX `User_slug_key`(`slug`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_unique_email
/*
  Warnings:

  - A unique constraint covering the columns `[email]` on the table `User` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateIndex
CREATE UNIQUE INDEX `User_email_key` ON `User`(`email`); -- expect: add-unique-constraint

-- migration: 20240103000000_alter_table_add_unique
ALTER TABLE `User` ADD UNIQUE INDEX `User_phone_key`(`phone`); -- expect: add-unique-constraint

-- migration: 20240104000000_unique_widened_to_a_pair
-- DropIndex
DROP INDEX `User_slug_key` ON `User`; -- expect: drop-unique-constraint

-- CreateIndex
CREATE UNIQUE INDEX `User_tenantId_slug_key` ON `User`(`tenantId`, `slug`); -- ok: slug alone was unique

-- migration: 20240105000000_new_all_null_column
ALTER TABLE `User` ADD COLUMN `externalId` VARCHAR(191) NULL;
CREATE UNIQUE INDEX `User_externalId_key` ON `User`(`externalId`); -- ok: every row holds NULL there

-- migration: 20240106000000_new_column_with_default
ALTER TABLE `User` ADD COLUMN `code` VARCHAR(191) NOT NULL DEFAULT '';
CREATE UNIQUE INDEX `User_code_key` ON `User`(`code`); -- expect: add-unique-constraint

-- migration: 20240107000000_new_table
CREATE TABLE `Team` (`id` INTEGER NOT NULL AUTO_INCREMENT, `name` VARCHAR(191) NOT NULL, PRIMARY KEY (`id`));
CREATE UNIQUE INDEX `Team_name_key` ON `Team`(`name`); -- ok: the table is new in this migration

-- migration: 20240108000000_all_null_but_then_written
ALTER TABLE `User` ADD COLUMN `ref` VARCHAR(191) NULL;
UPDATE `User` SET `ref` = 'x'; -- expect: mixed-ddl-and-data
CREATE UNIQUE INDEX `User_ref_key` ON `User`(`ref`); -- expect: add-unique-constraint

-- migration: 20240109000000_primary_key_over_a_new_null_column
ALTER TABLE `User` ADD COLUMN `uuid` VARCHAR(36) NULL;
ALTER TABLE `User` DROP PRIMARY KEY, ADD PRIMARY KEY (`uuid`); -- expect: change-primary-key, add-unique-constraint, table-rebuild
