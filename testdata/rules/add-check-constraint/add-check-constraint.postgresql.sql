-- add-check-constraint on PostgreSQL.
-- migration: 20240101000000_init
CREATE TABLE "Product" ("id" SERIAL NOT NULL, "price" INTEGER NOT NULL, CONSTRAINT "Product_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_check
ALTER TABLE "Product" ADD CONSTRAINT "Product_price_check" CHECK ("price" >= 0); -- expect: add-check-constraint, add-foreign-key-validating

-- migration: 20240103000000_not_valid
ALTER TABLE "Product" ADD CONSTRAINT "Product_price_max" CHECK ("price" < 1000000) NOT VALID; -- ok: existing rows are not checked

-- migration: 20240104000000_inline_check
ALTER TABLE "Product" ADD COLUMN "stock" INTEGER NOT NULL DEFAULT 0 CHECK ("stock" > 5); -- expect: add-check-constraint, add-foreign-key-validating
