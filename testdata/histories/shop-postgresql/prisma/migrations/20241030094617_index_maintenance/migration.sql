-- DropIndex
DROP INDEX "Order_customerId_createdAt_idx"; -- expect: require-concurrent-index

-- DropIndex
DROP INDEX "Product_name_idx"; -- expect: drop-index, require-concurrent-index

-- CreateIndex
CREATE INDEX "Order_customerId_createdAt_idx" ON "Order"("customerId", "createdAt" DESC); -- expect: require-concurrent-index

-- RenameIndex
ALTER INDEX "Payment_provider_providerRef_key" RENAME TO "Payment_provider_ref_key";
