/*
  Warnings:

  - Made the column `name` on table `User` required. This step will fail if there are existing NULL values in that column.

*/
-- Backfill added by hand before the column becomes required: people who signed
-- up with an email only get its local part as their display name.
UPDATE `User` SET `name` = SUBSTRING_INDEX(`email`, '@', 1) WHERE `name` IS NULL; -- expect: mixed-ddl-and-data

-- AlterTable
ALTER TABLE `User` MODIFY `name` VARCHAR(191) NOT NULL; -- expect: table-rebuild -- ok: every NULL was backfilled just above
