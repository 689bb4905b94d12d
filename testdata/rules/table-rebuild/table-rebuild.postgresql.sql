-- table-rebuild is MySQL's: PostgreSQL rewrites are reported by blocks-writes.
-- migration: 20240101000000_init
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(50),
    "age" INTEGER,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- migration: 20240102000000_changes
ALTER TABLE "User" ADD COLUMN "city" TEXT; -- ok: a catalog change on PostgreSQL
ALTER TABLE "User" ALTER COLUMN "age" SET DATA TYPE BIGINT; -- expect: blocks-writes, column-type-change
