-- CreateIndex
CREATE INDEX `Project_ownerId_idx` ON `Project`(`ownerId`);

-- AddForeignKey
ALTER TABLE `Project` ADD CONSTRAINT `Project_ownerId_fkey` FOREIGN KEY (`ownerId`) REFERENCES `User`(`id`) ON DELETE SET NULL ON UPDATE CASCADE; -- expect: add-foreign-key, blocks-writes
