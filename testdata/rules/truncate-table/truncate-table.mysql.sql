-- truncate-table on MySQL.
-- migration: 20240101000000_init
CREATE TABLE `Session` (`id` INTEGER NOT NULL AUTO_INCREMENT, `expired` BOOLEAN NOT NULL DEFAULT false, PRIMARY KEY (`id`));

-- migration: 20240102000000_truncate
TRUNCATE TABLE `Session`; -- expect: truncate-table "TRUNCATE removes every row of Session"

-- migration: 20240103000000_delete_all
DELETE FROM `Session`; -- expect: truncate-table "DELETE without WHERE removes every row of Session"

-- migration: 20240104000000_delete_some
DELETE FROM `Session` WHERE `expired` = true; -- expect: delete-rows -- not every row: no truncate-table

-- migration: 20240105000000_new_table
CREATE TABLE `Tmp` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));
INSERT INTO `Tmp` (`id`) VALUES (1); -- expect: mixed-ddl-and-data
TRUNCATE TABLE `Tmp`; -- ok: the table is new in this migration

-- migration: 20240106000000_narrowed_deletes
DELETE s FROM `Session` s JOIN `Session` t ON t.`id` = s.`id` WHERE t.`expired`; -- expect: delete-rows -- a condition: no truncate-table
DELETE FROM `Session` ORDER BY `id` LIMIT 100; -- expect: delete-rows "rows of Session" -- a hundred rows, not all: no truncate-table
