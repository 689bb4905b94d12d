-- add-check-constraint on PostgreSQL.
-- migration: 20240101000000_init
CREATE TABLE "Product" ("id" SERIAL NOT NULL, "price" INTEGER NOT NULL, CONSTRAINT "Product_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_check
ALTER TABLE "Product" ADD CONSTRAINT "Product_price_check" CHECK ("price" >= 0); -- expect: add-check-constraint, add-foreign-key-validating

-- migration: 20240103000000_not_valid
ALTER TABLE "Product" ADD CONSTRAINT "Product_price_max" CHECK ("price" < 1000000) NOT VALID; -- ok: existing rows are not checked

-- migration: 20240104000000_inline_check
ALTER TABLE "Product" ADD COLUMN "stock" INTEGER NOT NULL DEFAULT 0 CHECK ("stock" > 5); -- expect: add-check-constraint, add-foreign-key-validating

-- migration: 20240105000000_rows_already_satisfy_it
ALTER TABLE "Product" ADD COLUMN "discount" INTEGER;
ALTER TABLE "Product" ADD CONSTRAINT "Product_discount_check" CHECK ("discount" IS NULL OR "discount" >= 0); -- expect: add-foreign-key-validating -- ok: the new column is NULL on every row
ALTER TABLE "Product" ADD CONSTRAINT "Product_price_set" CHECK (NOT ("price" IS NULL) AND ("discount" < "price")); -- expect: add-foreign-key-validating -- ok: price was NOT NULL, discount is all NULL
ALTER TABLE "Product" ADD COLUMN "rating" INTEGER CHECK ("rating" BETWEEN 1 AND 5); -- expect: add-check-constraint, add-foreign-key-validating -- BETWEEN is not decided, though NULL would pass
ALTER TABLE "Product" ADD COLUMN "weight" INTEGER CHECK ("weight" > 0); -- expect: add-foreign-key-validating -- ok: the new column is NULL on every row

-- migration: 20240106000000_rows_may_violate_it
ALTER TABLE "Product" ADD COLUMN "note" TEXT;
UPDATE "Product" SET "note" = ''; -- expect: update-all-rows
ALTER TABLE "Product" ADD CONSTRAINT "Product_note_check" CHECK ("note" IS NULL); -- expect: add-check-constraint, add-foreign-key-validating -- rows were written since the column was added
ALTER TABLE "Product" ADD CONSTRAINT "Product_price_check2" CHECK ("price" > 0 OR "price" IS NULL); -- expect: add-check-constraint, add-foreign-key-validating -- price holds values
