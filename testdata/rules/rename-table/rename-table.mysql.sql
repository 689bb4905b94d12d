-- rename-table on MySQL.
-- migration: 20240101000000_init
CREATE TABLE `Post` (`id` INTEGER NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`)) DEFAULT CHARACTER SET utf8mb4;
CREATE TABLE `Tag` (`id` INTEGER NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`)) DEFAULT CHARACTER SET utf8mb4;

-- migration: 20240102000000_rename_table
RENAME TABLE `Post` TO `Article`; -- expect: rename-table

-- migration: 20240103000000_alter_rename
ALTER TABLE `Tag` RENAME TO `Label`; -- expect: rename-table

-- migration: 20240104000000_new_table
CREATE TABLE `Tmp` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));
ALTER TABLE `Tmp` RENAME TO `Scratch`; -- ok: the table is new in this migration

-- migration: 20240105000000_view_keeps_old_readers
CREATE TABLE `Comment` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));

-- migration: 20240106000000_rename_with_view
RENAME TABLE `Comment` TO `PostComment`; -- ok: a view under the old name follows
CREATE VIEW `Comment` AS SELECT * FROM `PostComment`;
