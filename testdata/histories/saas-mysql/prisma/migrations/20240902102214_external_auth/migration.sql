/*
  Warnings:

  - You are about to drop the column `passwordHash` on the `User` table. All the data in the column will be lost.
  - A unique constraint covering the columns `[authProviderId]` on the table `User` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE `User` DROP COLUMN `passwordHash`, -- expect: drop-column
    ADD COLUMN `authProviderId` VARCHAR(191) NULL;

-- CreateIndex
CREATE UNIQUE INDEX `User_authProviderId_key` ON `User`(`authProviderId`); -- ok: the column was just added, NULL in every row
