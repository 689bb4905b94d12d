/*
  Warnings:

  - You are about to drop the column `description` on the `Project` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE `Project` DROP COLUMN `description`, -- expect: drop-column
    ADD COLUMN `summary` TEXT NULL;
