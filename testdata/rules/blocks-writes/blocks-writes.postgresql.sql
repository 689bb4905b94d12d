-- blocks-writes on PostgreSQL 16: a lock that blocks writes, held while the table is rewritten, scanned or indexed.
-- migration: 20240101000000_init
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" VARCHAR(50),
    "age" INTEGER,
    "nickname" TEXT,
    "score" INTEGER,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "User" ADD CONSTRAINT "User_nickname_check" CHECK ("nickname" IS NOT NULL);

-- migration: 20240102000000_bigint_age
ALTER TABLE "User" ALTER COLUMN "age" SET DATA TYPE BIGINT; -- expect: blocks-writes, column-type-change

-- migration: 20240103000000_age_required
ALTER TABLE "User" ALTER COLUMN "age" SET NOT NULL; -- expect: blocks-writes, set-not-null

-- migration: 20240104000000_token
ALTER TABLE "User" ADD COLUMN "token" UUID NOT NULL DEFAULT gen_random_uuid(); -- expect: blocks-writes

-- migration: 20240105000000_unique_email
ALTER TABLE "User" ADD CONSTRAINT "User_email_key" UNIQUE ("email"); -- expect: blocks-writes, add-unique-constraint

-- migration: 20240106000000_catalog_only
ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(100); -- expect: column-type-change
-- ok: a longer VARCHAR keeps the rows as they are (blocks-writes is silent)
ALTER TABLE "User" ADD COLUMN "city" TEXT; -- ok: a catalog change
ALTER TABLE "User" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true; -- ok: a constant default is stored once
ALTER TABLE "User" ADD COLUMN "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP; -- ok: CURRENT_TIMESTAMP is evaluated once
ALTER TABLE "User" ALTER COLUMN "nickname" SET NOT NULL; -- expect: set-not-null
-- ok: the CHECK ("nickname" IS NOT NULL) proves it, so PostgreSQL skips the scan (blocks-writes is silent)
CREATE INDEX "User_name_idx" ON "User"("name"); -- expect: require-concurrent-index

-- migration: 20240107000000_new_table
CREATE TABLE "Fresh" ("id" INTEGER NOT NULL, "note" TEXT);
ALTER TABLE "Fresh" ALTER COLUMN "id" SET DATA TYPE BIGINT; -- ok: the table is new in this migration

-- migration: 20240108000000_prove_name_step1
ALTER TABLE "User" ADD CONSTRAINT "User_name_not_null" CHECK ("name" IS NOT NULL) NOT VALID; -- ok: NOT VALID reads no rows

-- migration: 20240109000000_prove_name_step2
ALTER TABLE "User" VALIDATE CONSTRAINT "User_name_not_null"; -- ok: SHARE UPDATE EXCLUSIVE lets writes go on

-- migration: 20240110000000_prove_name_step3
ALTER TABLE "User" ALTER COLUMN "score" SET NOT NULL; -- expect: blocks-writes, set-not-null
ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL; -- expect: set-not-null
-- ok: the validated CHECK proves "name" NOT NULL, so PostgreSQL skips the scan (blocks-writes is silent)

-- migration: 20240111000000_unique_name_step1
-- the online way to a UNIQUE constraint: build the index concurrently, in a migration of its own
CREATE UNIQUE INDEX CONCURRENTLY "User_name_key" ON "User"("name"); -- expect: add-unique-constraint

-- migration: 20240112000000_unique_name_step2
ALTER TABLE "User" ADD CONSTRAINT "User_name_key" UNIQUE USING INDEX "User_name_key"; -- ok: only the catalog changes
