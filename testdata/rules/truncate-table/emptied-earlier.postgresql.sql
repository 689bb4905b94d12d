-- After TRUNCATE or DELETE without WHERE, a later statement of the same migration has no rows to fail on or to copy:
-- the may-fail rules and the cost rules stay silent; the rules about the running release still speak.
-- migration: 20240101000000_init
CREATE TABLE "Owner" ("id" SERIAL NOT NULL, CONSTRAINT "Owner_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "code" TEXT,
    "name" VARCHAR(191),
    "ownerId" INTEGER,
    "qty" INTEGER,
    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Item_name_idx" ON "Item"("name");
CREATE TABLE "Log" ("id" SERIAL NOT NULL, "code" TEXT, "note" TEXT, CONSTRAINT "Log_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_reset_items
DELETE FROM "Item"; -- expect: truncate-table
ALTER TABLE "Item" ALTER COLUMN "name" SET DATA TYPE VARCHAR(50); -- expect: column-type-change "the table was emptied earlier in this migration"
CREATE UNIQUE INDEX "Item_code_key" ON "Item"("code"); -- ok: no rows, no duplicates, and the build reads nothing
ALTER TABLE "Item" ALTER COLUMN "code" SET NOT NULL; -- ok: no rows hold NULL
ALTER TABLE "Item" ADD CONSTRAINT "Item_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Owner"("id") ON DELETE SET NULL ON UPDATE CASCADE; -- ok: no orphans, nothing to validate
ALTER TABLE "Item" ADD CONSTRAINT "Item_qty_check" CHECK ("qty" > 0); -- ok: no row violates it
ALTER TABLE "Item" ADD COLUMN "sku" TEXT NOT NULL; -- expect: add-required-column "INSERTs from code that does not know the column fail"
DROP INDEX "Item_name_idx"; -- expect: drop-index, require-concurrent-index
ALTER TABLE "Item" RENAME COLUMN "qty" TO "quantity"; -- expect: rename-column

-- migration: 20240103000000_refill_log
TRUNCATE "Log"; -- expect: truncate-table
INSERT INTO "Log" ("code", "note") SELECT "code", "name" FROM "Item";
CREATE UNIQUE INDEX "Log_code_key" ON "Log"("code"); -- expect: add-unique-constraint, require-concurrent-index
