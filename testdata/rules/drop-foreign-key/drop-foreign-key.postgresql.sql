-- drop-foreign-key on PostgreSQL: DROP CONSTRAINT resolved against the history, or by Prisma's naming.
-- migration: 20240101000000_init
CREATE TABLE "User" ("id" SERIAL NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Post" ("id" SERIAL NOT NULL, "authorId" INTEGER NOT NULL, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- migration: 20240102000000_drop
-- DropForeignKey
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey"; -- expect: drop-foreign-key

-- migration: 20240103000000_unknown_table
ALTER TABLE "Legacy" DROP CONSTRAINT "Legacy_ownerId_fkey"; -- expect: drop-foreign-key

-- migration: 20240104000000_recreated_to_change_on_delete
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE; -- expect: add-foreign-key, add-foreign-key-validating

-- migration: 20240105000000_change_on_delete
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey"; -- ok: re-added below
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE; -- expect: add-foreign-key-validating
