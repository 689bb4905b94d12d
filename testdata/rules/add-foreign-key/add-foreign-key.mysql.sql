-- add-foreign-key on MySQL.
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`)) DEFAULT CHARACTER SET utf8mb4;
CREATE TABLE `Post` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `authorId` INTEGER NOT NULL,
    `editorId` INTEGER NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4;

-- migration: 20240102000000_add_fk
-- AddForeignKey
ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE; -- expect: add-foreign-key, blocks-writes

-- migration: 20240103000000_change_on_delete
-- DropForeignKey
ALTER TABLE `Post` DROP FOREIGN KEY `Post_authorId_fkey`; -- ok: re-added below

-- AddForeignKey
ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE CASCADE ON UPDATE CASCADE; -- expect: blocks-writes -- ok: the rows satisfied the same key a moment ago

-- migration: 20240104000000_new_nullable_column
ALTER TABLE `Post` ADD COLUMN `reviewerId` INTEGER NULL;
ALTER TABLE `Post` ADD CONSTRAINT `Post_reviewerId_fkey` FOREIGN KEY (`reviewerId`) REFERENCES `User`(`id`) ON DELETE SET NULL ON UPDATE CASCADE; -- expect: blocks-writes -- ok: every row holds NULL there

-- migration: 20240105000000_existing_nullable_column
ALTER TABLE `Post` ADD CONSTRAINT `Post_editorId_fkey` FOREIGN KEY (`editorId`) REFERENCES `User`(`id`) ON DELETE SET NULL ON UPDATE CASCADE; -- expect: add-foreign-key, blocks-writes

-- migration: 20240106000000_new_table
CREATE TABLE `Comment` (`id` INTEGER NOT NULL AUTO_INCREMENT, `postId` INTEGER NOT NULL, PRIMARY KEY (`id`));
ALTER TABLE `Comment` ADD CONSTRAINT `Comment_postId_fkey` FOREIGN KEY (`postId`) REFERENCES `Post`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE; -- ok: the table is new in this migration
