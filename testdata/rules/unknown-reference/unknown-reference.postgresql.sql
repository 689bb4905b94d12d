-- unknown-reference on PostgreSQL: the history starts from an empty database.
-- migration: 20240101000000_init
CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, "displayName" TEXT, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_quoted_other_case
ALTER TABLE "user" ADD COLUMN "bio" TEXT; -- expect: unknown-reference(warning) "table user is not created by any earlier migration: migrate deploy fails here (42P01); User is"

-- migration: 20240103000000_unquoted_folds
ALTER TABLE User ADD COLUMN bio TEXT; -- expect: unknown-reference "table user"

-- migration: 20240104000000_column_case
ALTER TABLE "User" DROP COLUMN "displayname"; -- expect: unknown-reference "column User.displayname does not exist (no earlier migration adds it): migrate deploy fails here (42703); displayName does"

-- migration: 20240105000000_column_typo
ALTER TABLE "User" RENAME COLUMN "emial" TO "mail"; -- expect: unknown-reference "column User.emial"

-- migration: 20240106000000_if_exists
ALTER TABLE IF EXISTS "Ghost" ADD COLUMN "x" INTEGER; -- ok: IF EXISTS
ALTER TABLE "User" DROP COLUMN IF EXISTS "zzz"; -- expect: drop-column -- ok: no unknown-reference with IF EXISTS

-- migration: 20240107000000_made_out_of_sight
DO $$ BEGIN EXECUTE 'CREATE TABLE audit_log (id integer)'; END $$;
ALTER TABLE audit_log ADD COLUMN at TIMESTAMPTZ; -- ok: a DO block we do not model names the table

-- migration: 20240108000000_copied_with_like
CREATE TABLE "User_copy" (LIKE "User" INCLUDING ALL);

-- migration: 20240109000000_column_of_the_copy
ALTER TABLE "User_copy" DROP COLUMN "displayName"; -- expect: drop-column -- ok: no unknown-reference, the copy's columns come from User
