-- refused-online-ddl is MySQL's and MariaDB's: PostgreSQL has no ALGORITHM= or LOCK= clause.
-- migration: 20240101000000_init
CREATE TABLE "User" ("id" SERIAL NOT NULL, "age" INTEGER, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_type_change
ALTER TABLE "User" ALTER COLUMN "age" SET DATA TYPE BIGINT; -- expect: column-type-change, blocks-writes
-- ok: refused-online-ddl stays silent on PostgreSQL
