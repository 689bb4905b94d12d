/*
  Warnings:

  - A unique constraint covering the columns `[productId,sku]` on the table `Variant` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "Variant_sku_key"; -- expect: drop-unique-constraint, require-concurrent-index

-- CreateIndex
CREATE UNIQUE INDEX "Variant_productId_sku_key" ON "Variant"("productId", "sku"); -- expect: require-concurrent-index -- ok: sku alone was unique until now
