-- Dropping a column's unique index or foreign key first (MySQL refuses to drop a column a foreign key needs) is part
-- of the column's drop: drop-column names them, drop-index, drop-unique-constraint and drop-foreign-key stay silent.
-- rules: drop-column, drop-index, drop-unique-constraint, drop-foreign-key
-- migration: 20240101000000_init
CREATE TABLE `Team` (`id` INTEGER NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`));
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `teamId` INTEGER NULL,
    `email` VARCHAR(191) NULL,
    `nick` VARCHAR(191) NULL,
    `city` VARCHAR(191) NULL,
    `zip` VARCHAR(191) NULL,

    UNIQUE INDEX `User_email_key`(`email`),
    INDEX `User_teamId_idx`(`teamId`),
    INDEX `User_nick_city_idx`(`nick`, `city`),
    INDEX `User_zip_idx`(`zip`),
    PRIMARY KEY (`id`)
);
ALTER TABLE `User` ADD CONSTRAINT `User_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- migration: 20240102000000_drop_team_and_email
-- DropForeignKey
ALTER TABLE `User` DROP FOREIGN KEY `User_teamId_fkey`; -- ok: goes with teamId, dropped below
-- DropIndex
DROP INDEX `User_email_key` ON `User`; -- ok: goes with email, dropped below
-- DropIndex
DROP INDEX `User_teamId_idx` ON `User`; -- ok: goes with teamId
-- DropIndex
DROP INDEX `User_nick_city_idx` ON `User`; -- ok: goes with city, one of its columns
-- DropIndex
DROP INDEX `User_zip_idx` ON `User`; -- expect: drop-index
-- AlterTable
ALTER TABLE `User` DROP COLUMN `email`; -- expect: drop-column "unique index User_email_key was dropped with it earlier in this migration"
ALTER TABLE `User` DROP COLUMN `teamId`; -- expect: drop-column "index User_teamId_idx, foreign key User_teamId_fkey were dropped with it"
ALTER TABLE `User` DROP COLUMN `city`; -- expect: drop-column "index User_nick_city_idx was dropped"

-- migration: 20240103000000_keeps_the_column
CREATE TABLE `Post` (`id` INTEGER NOT NULL AUTO_INCREMENT, `slug` VARCHAR(191) NULL, UNIQUE INDEX `Post_slug_key`(`slug`), PRIMARY KEY (`id`));

-- migration: 20240104000000_drop_unique_only
DROP INDEX `Post_slug_key` ON `Post`; -- expect: drop-unique-constraint
