-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "number" TEXT;

-- CreateIndex
CREATE INDEX "Order_customerId_createdAt_idx" ON "Order"("customerId", "createdAt"); -- expect: require-concurrent-index

-- Backfill added by hand: existing orders get a number derived from their id;
-- from this release on the application assigns one to every new order.
UPDATE "Order" SET "number" = 'ORD-' || "id"::text WHERE "number" IS NULL; -- expect: update-all-rows -- number is new and NULL in every row: every order is rewritten and locked
