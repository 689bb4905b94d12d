/*
  Warnings:

  - You are about to alter the column `slug` on the `Organization` table. The data in that column could be lost. The data in that column will be cast from `VarChar(191)` to `VarChar(63)`.

*/
-- AlterTable
ALTER TABLE `Organization` MODIFY `slug` VARCHAR(63) NOT NULL; -- expect: lossy-type-change, blocks-writes
