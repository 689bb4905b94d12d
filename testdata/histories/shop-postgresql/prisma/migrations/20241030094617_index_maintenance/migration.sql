-- DropIndex
DROP INDEX "Order_customerId_createdAt_idx";

-- DropIndex
DROP INDEX "Product_name_idx"; -- expect: drop-index

-- CreateIndex
CREATE INDEX "Order_customerId_createdAt_idx" ON "Order"("customerId", "createdAt" DESC);

-- RenameIndex
ALTER INDEX "Payment_provider_providerRef_key" RENAME TO "Payment_provider_ref_key";
