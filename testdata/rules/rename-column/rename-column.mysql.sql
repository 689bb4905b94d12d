-- rename-column on MySQL: RENAME COLUMN and CHANGE old new.
-- migration: 20240101000000_init
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(191) NOT NULL,
    `city` VARCHAR(191) NULL,
    `zip` VARCHAR(10) NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_rename_column
ALTER TABLE `User` RENAME COLUMN `name` TO `fullName`; -- expect: rename-column

-- migration: 20240103000000_change_renames
ALTER TABLE `User` CHANGE `city` `town` VARCHAR(191) NULL; -- expect: rename-column "column User.city is renamed to town"

-- migration: 20240104000000_change_same_name
ALTER TABLE `User` CHANGE `zip` `zip` VARCHAR(10) NOT NULL DEFAULT ''; -- expect: set-not-null, table-rebuild -- CHANGE x x renames nothing

-- migration: 20240105000000_new_column
ALTER TABLE `User` ADD COLUMN `tmp` INTEGER NULL;
ALTER TABLE `User` RENAME COLUMN `tmp` TO `temp`; -- ok: the column is new in this migration

-- migration: 20240106000000_rename_with_generated_column
ALTER TABLE `User` ADD COLUMN `label` VARCHAR(191) NULL;

-- migration: 20240107000000_label_to_title
ALTER TABLE `User` RENAME COLUMN `label` TO `title`; -- ok: a generated column keeps the old name readable
ALTER TABLE `User` ADD COLUMN `label` VARCHAR(191) GENERATED ALWAYS AS (`title`) VIRTUAL;
