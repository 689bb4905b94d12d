-- set-not-null on MySQL: Prisma restates the column with NOT NULL.
-- migration: 20240101000000_init
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(191) NULL,
    `city` VARCHAR(191) NULL,
    `zip` VARCHAR(10) NULL,
    `email` VARCHAR(191) NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_make_required
/*
  Warnings:

  - Made the column `name` on table `User` required, but there are 3 existing NULL values.

*/
-- AlterTable
ALTER TABLE `User` MODIFY `name` VARCHAR(191) NOT NULL; -- expect: set-not-null, table-rebuild

-- migration: 20240103000000_backfilled_first
UPDATE `User` SET `city` = 'unknown' WHERE `city` IS NULL; -- expect: mixed-ddl-and-data
ALTER TABLE `User` MODIFY `city` VARCHAR(191) NOT NULL; -- expect: table-rebuild -- ok: backfilled just above

-- migration: 20240104000000_backfill_that_proves_nothing
UPDATE `User` SET `zip` = '00000' WHERE `id` < 100; -- expect: mixed-ddl-and-data
ALTER TABLE `User` MODIFY `zip` VARCHAR(10) NOT NULL; -- expect: set-not-null, table-rebuild

-- migration: 20240105000000_already_required
ALTER TABLE `User` MODIFY `email` VARCHAR(191) NOT NULL DEFAULT ''; -- ok: it was NOT NULL already
