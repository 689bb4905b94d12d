/*
  Warnings:

  - Made the column `name` on table `Customer` required. This step will fail if there are existing NULL values in that column.

*/
-- Backfill added by hand: guest checkouts never asked for a name.
UPDATE "Customer" SET "name" = '' WHERE "name" IS NULL;

-- AlterTable
ALTER TABLE "Customer" ALTER COLUMN "name" SET NOT NULL; -- expect: blocks-writes -- ok: every NULL was backfilled just above
