-- delete-rows on MySQL: hand-written data fixes in a Prisma history.
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, `email` VARCHAR(191) NULL, PRIMARY KEY (`id`));
CREATE TABLE `Session` (`id` INTEGER NOT NULL AUTO_INCREMENT, `userId` INTEGER NULL, `expired` BOOLEAN NOT NULL DEFAULT false, PRIMARY KEY (`id`));
CREATE TABLE `Legacy` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_remove_expired_sessions
DELETE FROM `Session` WHERE `expired` = true; -- expect: delete-rows(warning) "DELETE removes rows of Session for good"

-- migration: 20240103000000_remove_orphans_before_the_foreign_key
DELETE FROM `Session` WHERE `userId` IS NOT NULL AND `userId` NOT IN (SELECT `id` FROM `User`); -- expect: delete-rows, mixed-ddl-and-data
ALTER TABLE `Session` ADD CONSTRAINT `Session_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User`(`id`) ON DELETE SET NULL ON UPDATE CASCADE; -- expect: add-foreign-key, blocks-writes

-- migration: 20240104000000_dedupe_with_a_join
DELETE s FROM `Session` s JOIN `Session` t ON t.`userId` = s.`userId` AND t.`id` > s.`id`; -- expect: delete-rows "Session"

-- migration: 20240105000000_emptied_first
DELETE FROM `Session`; -- expect: truncate-table
DELETE FROM `Session` WHERE `expired` = true; -- ok: the table was emptied just before, nothing more is lost

-- migration: 20240106000000_truncated_first
TRUNCATE TABLE `User`; -- expect: truncate-table
DELETE FROM `User` WHERE `email` IS NULL; -- ok: the table was emptied just before

-- migration: 20240107000000_scratch_table
CREATE TABLE `Import` (`id` INTEGER NOT NULL, `ok` BOOLEAN NOT NULL, PRIMARY KEY (`id`));
INSERT INTO `Import` (`id`, `ok`) VALUES (1, true), (2, false); -- expect: mixed-ddl-and-data
DELETE FROM `Import` WHERE `ok` = false; -- ok: the table is new in this migration

-- migration: 20240108000000_obsolete_table
DELETE FROM `Legacy` WHERE `id` > 10; -- expect: mixed-ddl-and-data -- ok: the table is dropped below, and drop-table says every row goes
DROP TABLE `Legacy`; -- expect: drop-table
