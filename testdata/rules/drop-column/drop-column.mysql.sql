-- drop-column on MySQL: Prisma's own shapes, firing and silent.
-- migration: 20240101000000_init
-- CreateTable
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `email` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NULL,
    `fax` VARCHAR(30) NULL,
    `nickname` VARCHAR(191) NULL,

    UNIQUE INDEX `User_email_key`(`email`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_drop_fax
/*
  Warnings:

  - You are about to drop the column `fax` on the `User` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE `User` DROP COLUMN `fax`; -- expect: drop-column

-- migration: 20240103000000_second_clause_is_located
ALTER TABLE `User` ADD COLUMN `phone` VARCHAR(20) NULL, -- expect: table-rebuild
    DROP COLUMN `email`; -- expect: drop-column "it also removes unique index User_email_key"

-- migration: 20240104000000_added_and_dropped_in_one_migration
ALTER TABLE `User` ADD COLUMN `tmp` INTEGER NULL;
ALTER TABLE `User` DROP COLUMN `tmp`; -- ok: the column is new in this migration

-- migration: 20240105000000_table_created_here
CREATE TABLE `Draft` (`id` INTEGER NOT NULL, `body` TEXT NULL, PRIMARY KEY (`id`));
ALTER TABLE `Draft` DROP COLUMN `body`; -- ok: the table is new in this migration

-- migration: 20240106000000_prisma_rename
-- Prisma renders a field rename as a drop and an add: flagged, with a RENAME COLUMN hint
ALTER TABLE `User` DROP COLUMN `nickname`, -- expect: drop-column "handle of the same type is added in the same migration, which is how Prisma writes a rename"
    ADD COLUMN `handle` VARCHAR(191) NULL;

-- migration: 20240107000000_table_unknown_to_the_history
ALTER TABLE `Legacy` DROP COLUMN `x`; -- expect: unknown-reference -- no drop-column: the history starts from an empty database, so Legacy cannot exist

-- migration: 20240108000000_case_insensitive_column_names
ALTER TABLE `User` DROP COLUMN `NAME`; -- expect: drop-column
