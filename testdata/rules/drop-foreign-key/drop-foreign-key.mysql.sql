-- drop-foreign-key on MySQL.
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`));
CREATE TABLE `Post` (`id` INTEGER NOT NULL AUTO_INCREMENT, `authorId` INTEGER NOT NULL, `editorId` INTEGER NULL,
    INDEX `Post_authorId_idx`(`authorId`), INDEX `Post_editorId_idx`(`editorId`), PRIMARY KEY (`id`));
CREATE TABLE `PostTag` (`postId` INTEGER NOT NULL, `tag` VARCHAR(50) NOT NULL, PRIMARY KEY (`postId`, `tag`));
ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `Post` ADD CONSTRAINT `Post_editorId_fkey` FOREIGN KEY (`editorId`) REFERENCES `User`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `PostTag` ADD CONSTRAINT `PostTag_postId_fkey` FOREIGN KEY (`postId`) REFERENCES `Post`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- migration: 20240102000000_drop_fk
-- DropForeignKey
ALTER TABLE `Post` DROP FOREIGN KEY `Post_editorId_fkey`; -- expect: drop-foreign-key(info)

-- migration: 20240103000000_change_on_delete
ALTER TABLE `Post` DROP FOREIGN KEY `Post_authorId_fkey`; -- ok: re-added below
ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE CASCADE ON UPDATE CASCADE; -- expect: blocks-writes

-- migration: 20240104000000_table_dropped_anyway
ALTER TABLE `PostTag` DROP FOREIGN KEY `PostTag_postId_fkey`; -- ok: its table is dropped below
DROP TABLE `PostTag`; -- expect: drop-table
