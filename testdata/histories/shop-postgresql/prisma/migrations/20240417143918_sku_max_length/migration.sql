/*
  Warnings:

  - You are about to alter the column `sku` on the `Variant` table. The data in that column could be lost. The data in that column will be cast from `Text` to `VarChar(64)`.

*/
-- AlterTable
ALTER TABLE "Variant" ALTER COLUMN "sku" SET DATA TYPE VARCHAR(64); -- expect: lossy-type-change, blocks-writes
