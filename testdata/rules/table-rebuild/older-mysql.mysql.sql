-- table-rebuild on MySQL 8.0.20: before 8.0.29, DROP COLUMN rebuilds (ADD COLUMN at the end was already instant).
-- target: mysql:8.0.20
-- migration: 20240101000000_init
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `bio` TEXT NULL,
    `name` VARCHAR(50) NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_changes
ALTER TABLE `User` DROP COLUMN `bio`; -- expect: table-rebuild "on mysql:8.0.20 (ALGORITHM=INPLACE, LOCK=NONE): dropping column `bio`", drop-column
ALTER TABLE `User` ADD COLUMN `city` VARCHAR(100) NULL; -- ok: INSTANT since 8.0.12
ALTER TABLE `User` RENAME COLUMN `name` TO `fullName`; -- expect: rename-column
