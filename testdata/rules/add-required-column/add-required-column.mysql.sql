-- add-required-column on MySQL.
-- migration: 20240101000000_init
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `email` VARCHAR(191) NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_required_column
/*
  Warnings:

  - Added the required column `plan` to the `User` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE `User` ADD COLUMN `plan` VARCHAR(191) NOT NULL; -- expect: add-required-column "fill every existing row with an implicit ''"

-- migration: 20240103000000_required_date
ALTER TABLE `User` ADD COLUMN `joinedAt` DATETIME(3) NOT NULL; -- expect: add-required-column "NO_ZERO_DATE (error 1292)"

-- migration: 20240104000000_safe_additions
ALTER TABLE `User` ADD COLUMN `nickname` VARCHAR(191) NULL; -- ok: nullable
ALTER TABLE `User` ADD COLUMN `score` INTEGER NOT NULL DEFAULT 0; -- ok: has a default
ALTER TABLE `User` ADD COLUMN `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3); -- ok: has a default
ALTER TABLE `User` ADD COLUMN `emailLower` VARCHAR(191) AS (lower(`email`)) STORED NOT NULL; -- ok: generated

-- migration: 20240105000000_new_table
CREATE TABLE `Team` (`id` INTEGER NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`));
ALTER TABLE `Team` ADD COLUMN `name` VARCHAR(191) NOT NULL; -- ok: the table is new in this migration
