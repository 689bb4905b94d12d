/*
  Warnings:

  - Added the required column `organizationId` to the `SavedFilter` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE `SavedFilter` ADD COLUMN `organizationId` INTEGER NOT NULL; -- expect: add-required-column

-- CreateIndex
CREATE INDEX `SavedFilter_organizationId_idx` ON `SavedFilter`(`organizationId`);

-- AddForeignKey
ALTER TABLE `SavedFilter` ADD CONSTRAINT `SavedFilter_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization`(`id`) ON DELETE CASCADE ON UPDATE CASCADE; -- expect: add-foreign-key, blocks-writes
