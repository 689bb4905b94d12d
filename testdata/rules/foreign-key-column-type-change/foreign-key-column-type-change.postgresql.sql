-- foreign-key-column-type-change on PostgreSQL.
-- migration: 20240101000000_init
CREATE TABLE "User" ("id" SERIAL NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Post" ("id" SERIAL NOT NULL, "authorId" INTEGER NOT NULL, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- migration: 20240102000000_widen_one_side
ALTER TABLE "Post" ALTER COLUMN "authorId" SET DATA TYPE BIGINT; -- expect: foreign-key-column-type-change, column-type-change, blocks-writes

-- migration: 20240103000000_sandwich
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey"; -- ok: re-added below
ALTER TABLE "User" ALTER COLUMN "id" SET DATA TYPE BIGINT; -- expect: column-type-change, blocks-writes
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE; -- expect: add-foreign-key-validating

-- migration: 20240104000000_inline_reference_in_create_table
CREATE TABLE "Note" ("id" SERIAL NOT NULL, "userId" INTEGER REFERENCES "User"("id"), CONSTRAINT "Note_pkey" PRIMARY KEY ("id"));

-- migration: 20240105000000_retype_it
ALTER TABLE "Note" ALTER COLUMN "userId" SET DATA TYPE BIGINT; -- expect: foreign-key-column-type-change, column-type-change, blocks-writes
