-- unknown-reference stays silent in a partial history (the folder starts mid-way).
-- migration: 20240301000000_add_bio
ALTER TABLE "User" ADD COLUMN "bio" TEXT; -- ok: the history starts mid-way

-- migration: 20240302000000_more
ALTER TABLE "Post" ADD COLUMN "tagId" INTEGER; -- ok: Post may exist
