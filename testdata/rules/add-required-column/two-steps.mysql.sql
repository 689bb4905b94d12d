-- rules: add-required-column, set-not-null, drop-default, drop-column
-- add-required-column on MySQL: a column added in this migration and left NOT NULL without a default by a later
-- statement. The rows already there may be filled, but the running release's INSERTs leave the column out.
-- migration: 20240101000000_init
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `email` VARCHAR(191) NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_temporary_default
ALTER TABLE `User` ADD COLUMN `plan` VARCHAR(191) NOT NULL DEFAULT 'free';
ALTER TABLE `User` MODIFY `plan` VARCHAR(191) NOT NULL; -- expect: add-required-column "the temporary default 'free' of User.plan (added in this migration) is dropped" -- old INSERTs fail with 1364

-- migration: 20240103000000_temporary_default_dropped
ALTER TABLE `User` ADD COLUMN `tier` INTEGER NOT NULL DEFAULT 0;
ALTER TABLE `User` ALTER COLUMN `tier` DROP DEFAULT; -- expect: add-required-column "default 0 of User.tier"

-- migration: 20240104000000_nullable_then_required
ALTER TABLE `User` ADD COLUMN `name` VARCHAR(191) NULL;
UPDATE `User` SET `name` = `email`;
ALTER TABLE `User` MODIFY `name` VARCHAR(191) NOT NULL; -- expect: add-required-column "User.name, added in this migration, becomes NOT NULL without a default" -- the rows are filled, old INSERTs are not

-- migration: 20240105000000_default_kept
ALTER TABLE `User` ADD COLUMN `locale` VARCHAR(10) NULL DEFAULT 'en';
ALTER TABLE `User` MODIFY `locale` VARCHAR(10) NOT NULL DEFAULT 'en'; -- ok: INSERTs that leave it out get 'en'
ALTER TABLE `User` ADD COLUMN `seq` INTEGER NULL;
ALTER TABLE `User` MODIFY `seq` INTEGER NOT NULL AUTO_INCREMENT, ADD UNIQUE INDEX `User_seq_key`(`seq`); -- ok: the server numbers every row

-- migration: 20240106000000_required_from_the_start
ALTER TABLE `User` ADD COLUMN `role` VARCHAR(20) NOT NULL; -- expect: add-required-column "required column User.role"
ALTER TABLE `User` MODIFY `role` VARCHAR(20) NOT NULL; -- ok: reported where it was added

-- migration: 20240107000000_new_table
CREATE TABLE `Team` (`id` INTEGER NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`));
ALTER TABLE `Team` ADD COLUMN `name` VARCHAR(191) NOT NULL DEFAULT '';
ALTER TABLE `Team` MODIFY `name` VARCHAR(191) NOT NULL; -- ok: no release writes to a table created here

-- migration: 20240108000000_column_replaced_under_its_old_name
ALTER TABLE `User` ADD COLUMN `email_new` VARCHAR(320) NULL;
UPDATE `User` SET `email_new` = `email`;
ALTER TABLE `User` MODIFY `email_new` VARCHAR(320) NOT NULL; -- ok: it becomes email, which the running release writes
ALTER TABLE `User` DROP COLUMN `email`; -- expect: drop-column
ALTER TABLE `User` RENAME COLUMN `email_new` TO `email`;
