-- add-foreign-key-validating is PostgreSQL's: MySQL has no NOT VALID; its foreign key copy is blocks-writes.
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`));
CREATE TABLE `Post` (`id` INTEGER NOT NULL AUTO_INCREMENT, `authorId` INTEGER NOT NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_post_author
ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE; -- expect: blocks-writes, add-foreign-key
-- ok: add-foreign-key-validating stays silent on MySQL
