-- drop-table on MySQL.
-- migration: 20240101000000_init
CREATE TABLE `Tag` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(191) NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Old` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));
CREATE TABLE `Older` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_drop_tag
/*
  Warnings:

  - You are about to drop the `Tag` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable
DROP TABLE `Tag`; -- expect: drop-table

-- migration: 20240103000000_created_and_dropped
CREATE TABLE `Tmp` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));
DROP TABLE `Tmp`; -- ok: the table is new in this migration

-- migration: 20240104000000_unknown_table
DROP TABLE IF EXISTS `Legacy`; -- expect: drop-table

-- migration: 20240105000000_two_at_once
DROP TABLE `Old`, `Older`; -- expect: drop-table "table Old is dropped", drop-table "table Older is dropped"

-- migration: 20240106000000_renamed_then_dropped_new
CREATE TABLE `Scratch` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));
RENAME TABLE `Scratch` TO `Scratch2`;
DROP TABLE `Scratch2`; -- ok: created under another name in this migration

-- migration: 20240107000000_dump_style_recreate
DROP TABLE IF EXISTS `Settings`; -- ok: the history never had it, and it is created right below
CREATE TABLE `Settings` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));

-- migration: 20240108000000_if_not_exists_keeps_the_old_table
CREATE TABLE IF NOT EXISTS `Settings` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));
DROP TABLE `Settings`; -- expect: drop-table

-- migration: 20240109000000_dumped_tables
CREATE TABLE `Dumped` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));
CREATE TABLE `Dumped2` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));

-- migration: 20240110000000_executable_comments
-- MySQL runs the body of /*! … */ (mysqldump writes them): a drop inside one is a drop
/*! DROP TABLE `Dumped` */; -- expect: drop-table "table Dumped is dropped"
/*!50001 DROP TABLE `Dumped2` */; -- expect: drop-table "table Dumped2 is dropped"
SELECT '/*! DROP TABLE `Nothing` */'; -- ok: inside a string, the marker is text
/* DROP TABLE `Nothing` */ SELECT 1; -- ok: an ordinary comment is not run
