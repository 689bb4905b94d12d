/*
  Warnings:

  - Made the column `priceCents` on table `Variant` required. This step will fail if there are existing NULL values in that column.

*/
-- Backfill added by hand: a variant without its own price sold at the price of
-- its product.
UPDATE "Variant" SET "priceCents" = COALESCE("priceCents", (SELECT "priceCents" FROM "Product" WHERE "Product"."id" = "Variant"."productId")); -- expect: update-all-rows -- no WHERE: every variant

-- AlterTable
ALTER TABLE "Variant" ALTER COLUMN "priceCents" SET NOT NULL; -- expect: blocks-writes -- ok: every row was backfilled just above
