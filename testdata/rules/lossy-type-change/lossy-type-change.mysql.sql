-- lossy-type-change on MySQL: changes that can truncate, round or reject existing values.
-- rules: all but blocks-writes, multiple-rebuilds
-- migration: 20240101000000_init
CREATE TABLE `Item` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `title` VARCHAR(500) NOT NULL,
    `count` BIGINT NOT NULL,
    `price` DECIMAL(10, 2) NOT NULL,
    `body` TEXT NOT NULL,
    `kind` ENUM('A', 'B', 'C') NOT NULL,
    `level` ENUM('LOW', 'HIGH') NOT NULL,
    `stock` INTEGER NOT NULL,
    `code` VARCHAR(20) NOT NULL,
    `at` DATETIME(3) NOT NULL,
    `day` DATETIME(3) NOT NULL,
    `meta` JSON NULL,
    `note` VARCHAR(100) NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_narrow
ALTER TABLE `Item` MODIFY `title` VARCHAR(200) NOT NULL; -- expect: lossy-type-change "values longer than 200 characters"
ALTER TABLE `Item` MODIFY `count` INTEGER NOT NULL; -- expect: lossy-type-change "values outside the INT range"
ALTER TABLE `Item` MODIFY `price` DECIMAL(8, 2) NOT NULL; -- expect: lossy-type-change "integer digits shrink from 8 to 6"
ALTER TABLE `Item` MODIFY `body` VARCHAR(255) NOT NULL; -- expect: lossy-type-change
ALTER TABLE `Item` MODIFY `kind` ENUM('A', 'C') NOT NULL; -- expect: lossy-type-change "the value 'B' is removed"
ALTER TABLE `Item` MODIFY `level` ENUM('HIGH', 'LOW') NOT NULL; -- expect: column-type-change "every row keeps its value" -- ok: reordered values keep every row (MySQL converts by name)
ALTER TABLE `Item` MODIFY `stock` INTEGER UNSIGNED NOT NULL; -- expect: lossy-type-change "negative values cannot be stored"
ALTER TABLE `Item` MODIFY `code` INTEGER NOT NULL; -- expect: lossy-type-change "text that does not parse as INT"
ALTER TABLE `Item` MODIFY `at` DATETIME(0) NOT NULL; -- expect: lossy-type-change "fractional seconds shrink from 3 to 0 digits"
ALTER TABLE `Item` MODIFY `day` DATE NOT NULL; -- expect: lossy-type-change "the time of day is dropped"
ALTER TABLE `Item` MODIFY `meta` VARCHAR(191) NULL; -- expect: lossy-type-change "JSON documents longer than 191 characters"

-- migration: 20240102100000_enum_values_inserted_or_removed
ALTER TABLE `Item` MODIFY `level` ENUM('NONE', 'HIGH', 'LOW') NOT NULL; -- expect: column-type-change "the value 'NONE' is inserted before existing values" -- ok: a value inserted at the front loses nothing
ALTER TABLE `Item` MODIFY `level` ENUM('NONE', 'LOW') NOT NULL; -- expect: lossy-type-change "the value 'HIGH' is removed"

-- migration: 20240102200000_auto_increment_made_unsigned
ALTER TABLE `Item` MODIFY `id` INTEGER UNSIGNED NOT NULL AUTO_INCREMENT; -- expect: column-type-change "only a negative id inserted explicitly would make it fail" -- ok: generated ids are never negative
ALTER TABLE `Item` MODIFY `id` SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT; -- expect: lossy-type-change "values outside the SMALLINT UNSIGNED range" -- a narrower id still loses
ALTER TABLE `Item` MODIFY `count` BIGINT UNSIGNED NOT NULL; -- expect: lossy-type-change "negative values cannot be stored" -- not AUTO_INCREMENT: values may be negative

-- migration: 20240103000000_change_keeps_name_but_narrows
ALTER TABLE `Item` CHANGE `note` `note` VARCHAR(50) NOT NULL; -- expect: lossy-type-change

-- migration: 20240104000000_widening_is_not_lossy
ALTER TABLE `Item` MODIFY `title` VARCHAR(300) NOT NULL; -- expect: column-type-change

-- migration: 20240105000000_new_column
ALTER TABLE `Item` ADD COLUMN `tmp` VARCHAR(100) NULL;
ALTER TABLE `Item` MODIFY `tmp` VARCHAR(10) NULL; -- ok: the column is new in this migration

-- migration: 20240106000000_collation_of_a_unique_column
CREATE TABLE `Tag` (`id` INTEGER NOT NULL, `name` VARCHAR(50) COLLATE utf8mb4_bin NOT NULL, `note` VARCHAR(50) COLLATE utf8mb4_bin NULL, UNIQUE INDEX `Tag_name_key`(`name`), PRIMARY KEY (`id`));

-- migration: 20240107000000_case_insensitive_now
ALTER TABLE `Tag` MODIFY `name` VARCHAR(50) COLLATE utf8mb4_unicode_ci NOT NULL; -- expect: lossy-type-change "the column is in a unique key"
ALTER TABLE `Tag` MODIFY `note` VARCHAR(50) COLLATE utf8mb4_unicode_ci NULL; -- expect: column-type-change "(the collation changes from utf8mb4_bin to utf8mb4_unicode_ci)"
