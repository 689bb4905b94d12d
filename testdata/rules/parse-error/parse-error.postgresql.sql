-- parse-error on PostgreSQL.
-- migration: 20240101000000_init
CREATE TABLE "User" ("id" SERIAL NOT NULL, "name" TEXT, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_typo
ALTER TABLE "User" ADD COLUMN; -- expect: parse-error "unexpected `COLUMN`"

-- migration: 20240103000000_shapes_jsqlparser_rejects_are_understood
CREATE TYPE "Mood" AS ENUM ('OK', 'SAD'); -- ok: CREATE TYPE, which JSqlParser does not model
ALTER TYPE "Mood" ADD VALUE 'HAPPY'; -- ok
ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(1000); -- expect: lossy-type-change, blocks-writes
DROP TYPE IF EXISTS "Nothing"; -- ok: JSqlParser 5.4 rejects DROP TYPE
ALTER INDEX "User_pkey" RENAME TO "User_pk"; -- ok: JSqlParser 5.4 returns an unsupported statement
CREATE EXTENSION IF NOT EXISTS "pgcrypto";
CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$
BEGIN
  NEW."updatedAt" = now();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
DO $$ BEGIN RAISE NOTICE 'hello; world'; END $$;
ALTER TABLE "User" ADD CONSTRAINT "User_name_check" CHECK (char_length("name") > 0) NOT VALID; -- ok: NOT VALID
BEGIN; -- ok: JSqlParser 5.4 rejects BEGIN
COMMIT;

-- migration: 20240107000000_escape_strings
UPDATE "User" SET "name" = E'it\'s' WHERE "name" IS NULL; -- ok: an E'' string with an escaped quote
ALTER TABLE "User" ADD COLUMN "motto" TEXT DEFAULT E'tab\there\\'; -- ok: other escapes, and an escaped backslash last
