-- update-all-rows is PostgreSQL's: on MySQL the same backfill is mixed-ddl-and-data's (DDL commits at once).
-- migration: 20240101000000_init
CREATE TABLE `Order` (`id` INTEGER NOT NULL AUTO_INCREMENT, `status` VARCHAR(20) NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_no_where
UPDATE `Order` SET `status` = 'open'; -- ok: PostgreSQL only

-- migration: 20240103000000_new_column_backfilled
ALTER TABLE `Order` ADD COLUMN `number` VARCHAR(20) NULL;
UPDATE `Order` SET `number` = CONCAT('ORD-', `id`) WHERE `number` IS NULL; -- expect: mixed-ddl-and-data -- ok: no update-all-rows on MySQL
