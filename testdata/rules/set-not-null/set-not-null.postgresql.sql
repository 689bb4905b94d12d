-- set-not-null on PostgreSQL.
-- migration: 20240101000000_init
CREATE TABLE "User" ("id" SERIAL NOT NULL, "name" TEXT, "bio" TEXT, "email" TEXT NOT NULL,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_required
-- AlterTable
ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL; -- expect: set-not-null, blocks-writes

-- migration: 20240103000000_backfilled
UPDATE "User" SET "bio" = ''; -- expect: update-all-rows
ALTER TABLE "User" ALTER COLUMN "bio" SET NOT NULL; -- expect: blocks-writes -- ok: every row was just given a value

-- migration: 20240104000000_already
ALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL; -- expect: blocks-writes -- ok: already NOT NULL
ALTER TABLE "User" ADD COLUMN "tmp" TEXT;
ALTER TABLE "User" ALTER COLUMN "tmp" SET NOT NULL; -- expect: blocks-writes, set-not-null "User.tmp was added in this migration without a default", add-required-column "User.tmp, added in this migration, becomes NOT NULL" -- every row of User holds NULL in it, and old INSERTs leave it out

-- migration: 20240105000000_setting_null_is_no_backfill
ALTER TABLE "User" ADD COLUMN "nick" TEXT;

-- migration: 20240106000000_nick_required
UPDATE "User" SET "nick" = NULL; -- expect: update-all-rows
ALTER TABLE "User" ALTER COLUMN "nick" SET NOT NULL; -- expect: set-not-null, blocks-writes
