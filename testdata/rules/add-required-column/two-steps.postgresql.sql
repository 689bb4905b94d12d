-- rules: add-required-column, set-not-null, drop-default, drop-column
-- add-required-column on PostgreSQL: a column added in this migration and left NOT NULL without a default by a
-- later statement. The rows already there may be filled, but the running release's INSERTs leave the column out.
-- migration: 20240101000000_init
CREATE TYPE "Plan" AS ENUM ('FREE', 'PRO');
CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, "score" TEXT, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_temporary_default
ALTER TABLE "User" ADD COLUMN "plan" TEXT NOT NULL DEFAULT 'free';
ALTER TABLE "User" ALTER COLUMN "plan" DROP DEFAULT; -- expect: add-required-column "the temporary default 'free' of User.plan (added in this migration) is dropped" -- old INSERTs fail with 23502

-- migration: 20240103000000_nullable_then_required
ALTER TABLE "User" ADD COLUMN "name" TEXT;
UPDATE "User" SET "name" = "email" WHERE "name" IS NULL;
ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL; -- expect: add-required-column "User.name, added in this migration, becomes NOT NULL without a default"

-- migration: 20240104000000_default_kept
ALTER TABLE "User" ADD COLUMN "locale" TEXT DEFAULT 'en';
ALTER TABLE "User" ALTER COLUMN "locale" SET NOT NULL; -- ok: INSERTs that leave it out get 'en'

-- migration: 20240105000000_default_restored
ALTER TABLE "User" ADD COLUMN "tier" "Plan" NOT NULL DEFAULT 'FREE';
ALTER TABLE "User" ALTER COLUMN "tier" DROP DEFAULT; -- ok: set again below
ALTER TABLE "User" ALTER COLUMN "tier" TYPE TEXT;
ALTER TABLE "User" ALTER COLUMN "tier" SET DEFAULT 'FREE';

-- migration: 20240106000000_new_table
CREATE TABLE "Team" ("id" SERIAL NOT NULL, "name" TEXT NOT NULL DEFAULT '', CONSTRAINT "Team_pkey" PRIMARY KEY ("id"));
ALTER TABLE "Team" ALTER COLUMN "name" DROP DEFAULT; -- ok: no release writes to a table created here

-- migration: 20240107000000_column_replaced_under_its_old_name
ALTER TABLE "User" ADD COLUMN "plan_enum" "Plan";
UPDATE "User" SET "plan_enum" = "plan"::"Plan";
ALTER TABLE "User" ALTER COLUMN "plan_enum" SET NOT NULL; -- ok: it becomes plan, which the running release writes
ALTER TABLE "User" DROP COLUMN "plan"; -- expect: drop-column
ALTER TABLE "User" RENAME COLUMN "plan_enum" TO "plan"; -- ok: rename-column: the column is new in this migration

-- migration: 20240108000000_renamed_to_a_new_name
ALTER TABLE "User" ADD COLUMN "nick" TEXT;
UPDATE "User" SET "nick" = "email";
ALTER TABLE "User" ALTER COLUMN "nick" SET NOT NULL; -- expect: add-required-column "User.nick, added in this migration" -- the running release knows neither nick nor handle
ALTER TABLE "User" RENAME COLUMN "nick" TO "handle";

-- migration: 20240109000000_renamed_into_the_old_name_first
ALTER TABLE "User" ADD COLUMN "score_new" INTEGER;
UPDATE "User" SET "score_new" = 0;
ALTER TABLE "User" DROP COLUMN "score"; -- expect: drop-column
ALTER TABLE "User" RENAME COLUMN "score_new" TO "score";
ALTER TABLE "User" ALTER COLUMN "score" SET NOT NULL; -- ok: the running release writes score, under this name
