-- rename-column on PostgreSQL.
-- migration: 20240101000000_init
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- migration: 20240102000000_rename
ALTER TABLE "Post" RENAME COLUMN "body" TO "content"; -- expect: rename-column

-- migration: 20240103000000_new_table
CREATE TABLE "Draft" ("id" SERIAL NOT NULL, "text" TEXT, CONSTRAINT "Draft_pkey" PRIMARY KEY ("id"));
ALTER TABLE "Draft" RENAME COLUMN "text" TO "body"; -- ok: the table is new in this migration
