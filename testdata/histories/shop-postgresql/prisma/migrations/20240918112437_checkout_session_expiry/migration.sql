/*
  Warnings:

  - Added the required column `expiresAt` to the `CheckoutSession` table without a default value. This is not possible if the table is not empty.

*/
-- Added by hand: checkout sessions live for minutes, so empty the table rather
-- than guess an expiry for the rows in flight.
TRUNCATE TABLE "CheckoutSession"; -- expect: truncate-table

-- AlterTable
ALTER TABLE "CheckoutSession" ADD COLUMN     "expiresAt" TIMESTAMP(3) NOT NULL; -- expect: add-required-column

-- CreateIndex
CREATE INDEX "CheckoutSession_expiresAt_idx" ON "CheckoutSession"("expiresAt"); -- ok: the table was emptied above, so the build reads no rows
