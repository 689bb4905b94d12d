-- table-rebuild on MySQL 5.7, which has no INSTANT: adding and dropping columns rebuild.
-- target: mysql:5.7
-- migration: 20240101000000_init
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `bio` TEXT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_changes
ALTER TABLE `User` ADD COLUMN `city` VARCHAR(100) NULL; -- expect: table-rebuild "on mysql:5.7 (ALGORITHM=INPLACE, LOCK=NONE): adding column `city`"
ALTER TABLE `User` DROP COLUMN `bio`; -- expect: table-rebuild, drop-column, multiple-rebuilds
ALTER TABLE `User` ALTER COLUMN `city` SET DEFAULT 'Oslo'; -- ok: INPLACE, only metadata
