-- add-foreign-key on PostgreSQL.
-- migration: 20240101000000_init
CREATE TABLE "User" ("id" SERIAL NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Post" ("id" SERIAL NOT NULL, "authorId" INTEGER NOT NULL, "editorId" INTEGER,
    CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_add
-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE; -- expect: add-foreign-key, add-foreign-key-validating

-- migration: 20240103000000_not_valid
ALTER TABLE "Post" ADD CONSTRAINT "Post_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") NOT VALID; -- ok: existing rows are not checked

-- migration: 20240104000000_recreate
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey"; -- ok: re-added below
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE; -- expect: add-foreign-key-validating -- ok: the same key

-- migration: 20240105000000_rename_table
ALTER TABLE "Post" RENAME TO "Article"; -- expect: rename-table

-- migration: 20240106000000_recreate_on_the_renamed_table
ALTER TABLE "Article" DROP CONSTRAINT "Post_authorId_fkey"; -- ok: re-added below
ALTER TABLE "Article" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE; -- expect: add-foreign-key-validating -- ok: the same key, on the table's new name

-- migration: 20240107000000_inline_references
ALTER TABLE "Article" ADD COLUMN "reviewerId" INTEGER REFERENCES "User"("id"); -- ok: a new column, NULL in every row
ALTER TABLE "Article" ADD COLUMN "ownerId" INTEGER NOT NULL DEFAULT 1 REFERENCES "User"("id"); -- expect: add-foreign-key
