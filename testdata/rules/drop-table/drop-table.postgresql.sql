-- drop-table on PostgreSQL.
-- migration: 20240101000000_init
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- migration: 20240102000000_drop
-- DropTable
DROP TABLE "Tag"; -- expect: drop-table

-- migration: 20240103000000_new
CREATE TABLE "Tmp" ("id" SERIAL NOT NULL, CONSTRAINT "Tmp_pkey" PRIMARY KEY ("id"));
DROP TABLE "Tmp"; -- ok: the table is new in this migration

-- migration: 20240104000000_unquoted_names_fold
CREATE TABLE scratch (id INTEGER);
DROP TABLE SCRATCH; -- ok: PostgreSQL folds both names to scratch
