/*
  Warnings:

  - The primary key for the `Membership` table will be changed. If it partially fails, the table could be left without primary key constraint.
  - You are about to drop the column `id` on the `Membership` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE `Membership` DROP PRIMARY KEY, -- expect: change-primary-key, table-rebuild
    DROP COLUMN `id`, -- expect: drop-column
    ADD PRIMARY KEY (`organizationId`, `userId`);

-- DropIndex
-- Moved below the ALTER TABLE by hand: MySQL refuses to drop this index first
-- (error 1553) because Membership_organizationId_fkey has no other index to use
-- until the new primary key exists.
DROP INDEX `Membership_organizationId_userId_key` ON `Membership`;
