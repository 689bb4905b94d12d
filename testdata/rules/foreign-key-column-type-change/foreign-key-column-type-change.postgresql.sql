-- foreign-key-column-type-change on PostgreSQL.
-- migration: 20240101000000_init
CREATE TABLE "User" ("id" SERIAL NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Post" ("id" SERIAL NOT NULL, "authorId" INTEGER NOT NULL, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- migration: 20240102000000_widen_one_side
ALTER TABLE "Post" ALTER COLUMN "authorId" SET DATA TYPE BIGINT; -- expect: foreign-key-column-type-change, column-type-change

-- migration: 20240103000000_sandwich
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey"; -- ok: re-added below
ALTER TABLE "User" ALTER COLUMN "id" SET DATA TYPE BIGINT; -- expect: column-type-change
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
