-- rename-table on PostgreSQL.
-- migration: 20240101000000_init
CREATE TABLE "Post" ("id" SERIAL NOT NULL, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_rename
ALTER TABLE "Post" RENAME TO "Article"; -- expect: rename-table

-- migration: 20240103000000_new
CREATE TABLE "Tmp" ("id" SERIAL NOT NULL);
ALTER TABLE "Tmp" RENAME TO "Scratch"; -- ok: the table is new in this migration
