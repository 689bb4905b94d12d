/*
  Warnings:

  - Made the column `issuedAt` on table `Invoice` required. This step will fail if there are existing NULL values in that column.

*/
-- Backfill added by hand: invoices sent before issuedAt was recorded take
-- their creation time.
UPDATE `Invoice` SET `issuedAt` = `createdAt` WHERE `status` <> 'DRAFT'; -- expect: mixed-ddl-and-data

-- AlterTable
ALTER TABLE `Invoice` MODIFY `issuedAt` DATETIME(3) NOT NULL; -- expect: set-not-null, table-rebuild
