-- foreign-key-column-type-change on MySQL.
-- rules: all but blocks-writes, multiple-rebuilds
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, `name` VARCHAR(100) NOT NULL, PRIMARY KEY (`id`));
CREATE TABLE `Post` (`id` INTEGER NOT NULL AUTO_INCREMENT, `authorId` INTEGER NOT NULL, INDEX `Post_authorId_idx`(`authorId`), PRIMARY KEY (`id`));
CREATE TABLE `Comment` (`id` INTEGER NOT NULL AUTO_INCREMENT, `postId` INTEGER NOT NULL, INDEX `Comment_postId_idx`(`postId`), PRIMARY KEY (`id`));
ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `Comment` ADD CONSTRAINT `Comment_postId_fkey` FOREIGN KEY (`postId`) REFERENCES `Post`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- migration: 20240102000000_widen_referencing_side
ALTER TABLE `Post` MODIFY `authorId` BIGINT NOT NULL; -- expect: foreign-key-column-type-change, column-type-change

-- migration: 20240103000000_widen_referenced_side
ALTER TABLE `User` MODIFY `id` BIGINT NOT NULL AUTO_INCREMENT; -- expect: foreign-key-column-type-change, column-type-change

-- migration: 20240104000000_prisma_sandwich
-- DropForeignKey
ALTER TABLE `Comment` DROP FOREIGN KEY `Comment_postId_fkey`; -- ok: re-added below

-- AlterTable
ALTER TABLE `Comment` MODIFY `postId` BIGINT NOT NULL; -- expect: column-type-change

-- AlterTable
ALTER TABLE `Post` MODIFY `id` BIGINT NOT NULL AUTO_INCREMENT; -- expect: column-type-change

-- AddForeignKey
ALTER TABLE `Comment` ADD CONSTRAINT `Comment_postId_fkey` FOREIGN KEY (`postId`) REFERENCES `Post`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- migration: 20240105000000_no_key_on_the_column
ALTER TABLE `User` MODIFY `name` VARCHAR(191) NOT NULL; -- expect: column-type-change
ALTER TABLE `Post` MODIFY `authorId` BIGINT NOT NULL; -- ok: the same type restated

-- migration: 20240106000000_sandwich_that_changes_one_side_only
ALTER TABLE `Comment` DROP FOREIGN KEY `Comment_postId_fkey`; -- ok: re-added below
ALTER TABLE `Comment` MODIFY `postId` INTEGER NOT NULL; -- expect: lossy-type-change
ALTER TABLE `Comment` ADD CONSTRAINT `Comment_postId_fkey` FOREIGN KEY (`postId`) REFERENCES `Post`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE; -- expect: foreign-key-column-type-change
