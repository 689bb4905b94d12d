/*
  Warnings:

  - The values [VOID] on the enum `Invoice_status` will be removed. If these variants are still used in the database, this will fail.

*/
-- Edited by hand: Prisma replaced VOID by CANCELLED in one MODIFY, which fails
-- on every voided invoice. Append CANCELLED first, move the rows over, then
-- remove VOID.
-- AlterTable
ALTER TABLE `Invoice` MODIFY `status` ENUM('DRAFT', 'OPEN', 'PAID', 'VOID', 'CANCELLED') NOT NULL DEFAULT 'DRAFT';

UPDATE `Invoice` SET `status` = 'CANCELLED' WHERE `status` = 'VOID'; -- expect: mixed-ddl-and-data

-- AlterTable
ALTER TABLE `Invoice` MODIFY `status` ENUM('DRAFT', 'OPEN', 'PAID', 'CANCELLED') NOT NULL DEFAULT 'DRAFT'; -- expect: lossy-type-change, blocks-writes
