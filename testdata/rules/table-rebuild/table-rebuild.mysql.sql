-- table-rebuild on MySQL 8.0 (the default target): an ALTER that copies the table while writes go on.
-- migration: 20240101000000_init
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `email` VARCHAR(191) NOT NULL,
    `name` VARCHAR(50) NULL,
    `bio` TEXT NULL,
    `age` INTEGER NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Log` (
    `id` BIGINT NOT NULL,
    `message` VARCHAR(100) NULL
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_not_null
ALTER TABLE `User` MODIFY `name` VARCHAR(50) NOT NULL; -- expect: table-rebuild, set-not-null

-- migration: 20240103000000_log_primary_key
ALTER TABLE `Log` ADD PRIMARY KEY (`id`); -- expect: table-rebuild, add-unique-constraint

-- migration: 20240104000000_column_with_index
-- ADD COLUMN alone is INSTANT; with an index in the same statement MySQL must use INPLACE, which rebuilds
ALTER TABLE `User` ADD COLUMN `nickname` VARCHAR(191) NULL, ADD INDEX `User_nickname_idx`(`nickname`); -- expect: table-rebuild

-- migration: 20240105000000_instant_and_in_place
ALTER TABLE `User` ADD COLUMN `city` VARCHAR(100) NULL; -- ok: INSTANT on MySQL 8.0
ALTER TABLE `User` DROP COLUMN `bio`; -- expect: drop-column
CREATE INDEX `User_age_idx` ON `User`(`age`); -- ok: INPLACE without a rebuild
ALTER TABLE `User` ALTER COLUMN `age` SET DEFAULT 18; -- ok: only metadata
ALTER TABLE `User` MODIFY `email` VARCHAR(191) NOT NULL; -- ok: restates the column unchanged

-- migration: 20240106000000_new_table
CREATE TABLE `Fresh` (`id` INTEGER NOT NULL, `note` VARCHAR(20) NULL, PRIMARY KEY (`id`));
ALTER TABLE `Fresh` MODIFY `note` VARCHAR(20) NOT NULL; -- ok: the table is new in this migration

-- migration: 20240107000000_copy_is_blocks_writes
ALTER TABLE `User` MODIFY `age` BIGINT NULL; -- expect: blocks-writes, column-type-change

-- migration: 20240108000000_only_unsigned_changes
ALTER TABLE `User` MODIFY `age` BIGINT UNSIGNED NULL; -- expect: blocks-writes "changing `age` from BIGINT to BIGINT UNSIGNED", lossy-type-change
