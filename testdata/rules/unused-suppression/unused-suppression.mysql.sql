-- unused-suppression on MySQL.
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, `a` INT NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_stale
-- migralint-ignore drop-column: the drop was removed from this migration -- expect: unused-suppression
ALTER TABLE `User` ADD COLUMN `b` INT NULL;

-- migration: 20240103000000_used
-- migralint-ignore drop-column: archived first -- ok: it suppresses the drop below
ALTER TABLE `User` DROP COLUMN `a`;
