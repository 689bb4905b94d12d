-- unknown-reference stays silent in a partial history: its first migration alters a table it did not create, so
-- the folder starts mid-way and a table never seen is treated as existing.
-- migration: 20240301000000_add_bio
ALTER TABLE `User` ADD COLUMN `bio` TEXT NULL; -- ok: the history starts mid-way
CREATE TABLE `Tag` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));

-- migration: 20240302000000_more
ALTER TABLE `Post` ADD COLUMN `tagId` INTEGER NULL; -- ok: Post may exist, made before this history starts
ALTER TABLE `Tag` DROP COLUMN `nosuch`; -- expect: drop-column -- ok: no unknown-reference in a partial history
