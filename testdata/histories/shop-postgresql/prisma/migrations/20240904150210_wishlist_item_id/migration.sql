/*
  Warnings:

  - The primary key for the `WishlistItem` table will be changed. If it partially fails, the table could be left without primary key constraint.
  - A unique constraint covering the columns `[customerId,variantId]` on the table `WishlistItem` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "WishlistItem" DROP CONSTRAINT "WishlistItem_pkey", -- expect: change-primary-key, blocks-writes
ADD COLUMN     "id" SERIAL NOT NULL,
ADD COLUMN     "note" TEXT,
ADD CONSTRAINT "WishlistItem_pkey" PRIMARY KEY ("id");

-- CreateIndex
CREATE UNIQUE INDEX "WishlistItem_customerId_variantId_key" ON "WishlistItem"("customerId", "variantId"); -- expect: require-concurrent-index -- ok: these columns were the primary key a moment ago
