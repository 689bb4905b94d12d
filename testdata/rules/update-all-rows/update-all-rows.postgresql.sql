-- update-all-rows on PostgreSQL: backfills that touch every row inside the migration's transaction.
-- migration: 20240101000000_init
CREATE TABLE "Order" ("id" SERIAL NOT NULL, "total" INTEGER NOT NULL, "status" TEXT, "note" TEXT, CONSTRAINT "Order_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_no_where
UPDATE "Order" SET "status" = 'open'; -- expect: update-all-rows(warning) "rewrites every row of Order (it has no WHERE)"

-- migration: 20240103000000_new_column_backfilled
ALTER TABLE "Order" ADD COLUMN "number" TEXT;
UPDATE "Order" SET "number" = 'ORD-' || "id"::text WHERE "number" IS NULL; -- expect: update-all-rows "number was added in this migration without a default"

-- migration: 20240104000000_not_null_column
UPDATE "Order" o SET "total" = o."total" * 100 WHERE o."total" IS NOT NULL; -- expect: update-all-rows "total is NOT NULL"

-- migration: 20240105000000_always_true
UPDATE "Order" SET "note" = '' WHERE 1 = 1; -- expect: update-all-rows "always true"

-- migration: 20240106000000_some_rows
UPDATE "Order" SET "status" = 'closed' WHERE "status" = 'done'; -- ok: the WHERE narrows it
UPDATE "Order" SET "note" = '' WHERE "note" IS NULL; -- ok: an old nullable column: only its NULL rows

-- migration: 20240107000000_added_with_a_default
ALTER TABLE "Order" ADD COLUMN "currency" TEXT DEFAULT 'EUR';
UPDATE "Order" SET "currency" = 'USD' WHERE "currency" IS NULL; -- ok: the default filled every row, none is NULL

-- migration: 20240108000000_new_table
CREATE TABLE "Refund" ("id" SERIAL NOT NULL, "amount" INTEGER NOT NULL);
UPDATE "Refund" SET "amount" = 0; -- ok: the table is new in this migration

-- migration: 20240109000000_emptied_first
TRUNCATE "Order"; -- expect: truncate-table
UPDATE "Order" SET "status" = 'open'; -- ok: no rows are left to lock

-- migration: 20240110000000_backfill_judged_by_what_the_where_proves
ALTER TABLE "Order" ADD COLUMN "slug" TEXT;
UPDATE "Order" SET "slug" = 'a' WHERE "slug" IS NULL OR "status" IS NULL; -- expect: update-all-rows "slug was added in this migration"
UPDATE "Order" SET "slug" = "id"::text WHERE "Order"."slug" IS NULL; -- ok: the UPDATE before filled every row, none is NULL now
