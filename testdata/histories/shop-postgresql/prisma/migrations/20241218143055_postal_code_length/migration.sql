/*
  Warnings:

  - You are about to alter the column `postalCode` on the `CustomerAddress` table. The data in that column could be lost. The data in that column will be cast from `VarChar(16)` to `VarChar(10)`.

*/
-- AlterTable
ALTER TABLE "CustomerAddress" ALTER COLUMN "postalCode" SET DATA TYPE VARCHAR(10); -- expect: lossy-type-change, blocks-writes
