-- column-type-change on MySQL: real changes that keep every value. Restating the type is silent.
-- rules: all but blocks-writes, multiple-rebuilds
-- migration: 20240101000000_init
CREATE TABLE `Post` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `title` VARCHAR(100) NOT NULL,
    `views` INTEGER NOT NULL DEFAULT 0,
    `price` DECIMAL(10, 2) NOT NULL,
    `summary` VARCHAR(255) NULL,
    `status` ENUM('DRAFT', 'PUBLISHED') NOT NULL DEFAULT 'DRAFT',
    `score` FLOAT NOT NULL,
    `publishedOn` DATE NULL,
    `name` VARCHAR(191) NOT NULL,
    `flag` BOOLEAN NOT NULL DEFAULT false,
    `legacy` INT(11) NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_widen
ALTER TABLE `Post` MODIFY `title` VARCHAR(255) NOT NULL; -- expect: column-type-change
ALTER TABLE `Post` MODIFY `views` BIGINT NOT NULL DEFAULT 0; -- expect: column-type-change
ALTER TABLE `Post` MODIFY `price` DECIMAL(12, 2) NOT NULL; -- expect: column-type-change
ALTER TABLE `Post` MODIFY `summary` TEXT NULL; -- expect: column-type-change
ALTER TABLE `Post` MODIFY `score` DOUBLE NOT NULL; -- expect: column-type-change
ALTER TABLE `Post` MODIFY `publishedOn` DATETIME(3) NULL; -- expect: column-type-change

-- migration: 20240103000000_restated_types_are_silent
-- AlterTable
ALTER TABLE `Post` MODIFY `name` VARCHAR(191) NOT NULL DEFAULT ''; -- ok: only the default changes
ALTER TABLE `Post` MODIFY `name` VARCHAR(191) NULL; -- expect: table-rebuild -- ok: only nullability changes (set-not-null's business)
ALTER TABLE `Post` MODIFY `views` BIGINT NOT NULL; -- expect: drop-default "the default 0 of NOT NULL column Post.views is dropped" -- the same type, but the default goes
ALTER TABLE `Post` MODIFY `legacy` INTEGER NOT NULL; -- ok: INT(11) and INTEGER are one type
ALTER TABLE `Post` MODIFY `flag` TINYINT(1) NOT NULL DEFAULT 0; -- ok: BOOLEAN is TINYINT(1)
ALTER TABLE `Post` MODIFY `status` ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED') NOT NULL DEFAULT 'DRAFT'; -- ok: a value appended at the end

-- migration: 20240104000000_column_added_here
ALTER TABLE `Post` ADD COLUMN `slug` VARCHAR(50) NULL;
ALTER TABLE `Post` MODIFY `slug` VARCHAR(191) NULL; -- ok: the column is new in this migration

-- migration: 20240105000000_two_clauses
ALTER TABLE `Post` MODIFY `title` VARCHAR(300) NOT NULL, -- expect: column-type-change
    MODIFY `price` DECIMAL(14, 2) NOT NULL; -- expect: column-type-change
