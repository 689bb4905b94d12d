-- DropForeignKey
ALTER TABLE `Comment` DROP FOREIGN KEY `Comment_parentId_fkey`;

-- AlterTable
ALTER TABLE `Comment` MODIFY `id` BIGINT NOT NULL AUTO_INCREMENT, -- expect: column-type-change, blocks-writes
    MODIFY `parentId` BIGINT NULL; -- expect: column-type-change

-- AddForeignKey
ALTER TABLE `Comment` ADD CONSTRAINT `Comment_parentId_fkey` FOREIGN KEY (`parentId`) REFERENCES `Comment`(`id`) ON DELETE SET NULL ON UPDATE CASCADE; -- expect: blocks-writes, multiple-rebuilds
