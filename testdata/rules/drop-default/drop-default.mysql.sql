-- drop-default on MySQL.
-- migration: 20240101000000_init
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `plan` VARCHAR(191) NOT NULL DEFAULT 'free',
    `theme` VARCHAR(191) NOT NULL DEFAULT 'light',
    `note` VARCHAR(191) NULL DEFAULT 'x',

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_drop_default
-- AlterTable
ALTER TABLE `User` ALTER COLUMN `plan` DROP DEFAULT; -- expect: drop-default "the default 'free'"

-- migration: 20240103000000_restated_without_default
ALTER TABLE `User` MODIFY `theme` VARCHAR(191) NOT NULL; -- expect: drop-default "the default 'light'"

-- migration: 20240104000000_nullable
ALTER TABLE `User` MODIFY `note` VARCHAR(191) NULL; -- ok: a nullable column still accepts INSERTs without it

-- migration: 20240105000000_autoincrement_removed
ALTER TABLE `User` MODIFY `id` INTEGER NOT NULL; -- expect: drop-default "the auto-increment of User.id is removed"

-- migration: 20240106000000_default_null_is_no_default
ALTER TABLE `User` ADD COLUMN `nick` VARCHAR(191) DEFAULT NULL;

-- migration: 20240107000000_nick_required
UPDATE `User` SET `nick` = '' WHERE `nick` IS NULL; -- expect: mixed-ddl-and-data
ALTER TABLE `User` MODIFY `nick` VARCHAR(191) NOT NULL; -- expect: table-rebuild -- ok: DEFAULT NULL was no default to drop
