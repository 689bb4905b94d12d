-- mixed-ddl-and-data on MySQL: reported once, at the first data statement.
-- migration: 20240101000000_init
CREATE TABLE `Plan` (`id` INTEGER NOT NULL AUTO_INCREMENT, `name` VARCHAR(50) NOT NULL, `price` INTEGER NULL, PRIMARY KEY (`id`));
INSERT INTO `Plan` (`name`) VALUES ('free'); -- expect: mixed-ddl-and-data
INSERT INTO `Plan` (`name`) VALUES ('pro'); -- ok: reported once per migration

-- migration: 20240102000000_data_only
UPDATE `Plan` SET `price` = 0 WHERE `name` = 'free'; -- ok: no DDL in this migration

-- migration: 20240103000000_data_before_ddl
UPDATE `Plan` SET `price` = 10 WHERE `price` IS NULL; -- expect: mixed-ddl-and-data
ALTER TABLE `Plan` MODIFY `price` INTEGER NOT NULL; -- expect: table-rebuild
