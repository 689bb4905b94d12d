-- rules: set-not-null, add-required-column, truncate-table
-- set-not-null reads what a backfill's WHERE proves about the rows it leaves: every NULL filled or deleted.
-- migration: 20240101000000_init
CREATE TABLE `Place` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `lat` DOUBLE NULL,
    `lng` DOUBLE NULL,
    `name` VARCHAR(191) NULL,
    `city` VARCHAR(191) NULL,
    `zip` VARCHAR(10) NULL,
    `note` VARCHAR(191) NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Log` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `level` VARCHAR(10) NULL,
    `source` VARCHAR(191) NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_delete_rows_without_coordinates
DELETE FROM `Place` WHERE `lat` IS NULL OR `lng` IS NULL;
ALTER TABLE `Place` MODIFY `lat` DOUBLE NOT NULL; -- ok: the DELETE left no row with a NULL lat
ALTER TABLE `Place` MODIFY `lng` DOUBLE NOT NULL; -- ok: nor with a NULL lng

-- migration: 20240103000000_backfill_two_columns
UPDATE `Place` SET `name` = '', `city` = '' WHERE (`name` IS NULL OR `city` IS NULL);
ALTER TABLE `Place` MODIFY `name` VARCHAR(191) NOT NULL, -- ok: every row with a NULL name was given one
    MODIFY `city` VARCHAR(191) NOT NULL; -- ok: and every row with a NULL city

-- migration: 20240104000000_backfill_that_misses_rows
UPDATE `Place` SET `zip` = '00000' WHERE `zip` IS NULL AND `id` < 1000;
ALTER TABLE `Place` MODIFY `zip` VARCHAR(10) NOT NULL; -- expect: set-not-null "Place.zip becomes NOT NULL" -- rows from id 1000 on keep their NULLs

-- migration: 20240105000000_backfill_of_another_column
UPDATE `Place` SET `note` = '' WHERE `zip` IS NULL;
ALTER TABLE `Place` MODIFY `note` VARCHAR(191) NOT NULL; -- expect: set-not-null "Place.note becomes NOT NULL" -- only rows with a NULL zip were given a note

-- migration: 20240106000000_emptied_first
TRUNCATE TABLE `Log`; -- expect: truncate-table
ALTER TABLE `Log` MODIFY `level` VARCHAR(10) NOT NULL; -- ok: the table is empty
DELETE FROM `Log`; -- expect: truncate-table
ALTER TABLE `Log` MODIFY `source` VARCHAR(191) NOT NULL; -- ok: the table is empty

-- migration: 20240107000000_rows_written_after_the_backfill
ALTER TABLE `Log` MODIFY `level` VARCHAR(10) NULL;
UPDATE `Log` SET `level` = 'info' WHERE `level` IS NULL;
INSERT INTO `Log` (`source`) VALUES ('import');
ALTER TABLE `Log` MODIFY `level` VARCHAR(10) NOT NULL; -- expect: set-not-null "Log.level becomes NOT NULL" -- the INSERT wrote a NULL level after the backfill
