-- delete-rows on PostgreSQL: hand-written data fixes in a Prisma history.
-- migration: 20240101000000_init
CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Session" ("id" SERIAL NOT NULL, "userId" INTEGER, "expired" BOOLEAN NOT NULL DEFAULT false, CONSTRAINT "Session_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Legacy" ("id" INTEGER NOT NULL, CONSTRAINT "Legacy_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_remove_orphans
DELETE FROM "Session" s WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = s."userId"); -- expect: delete-rows(warning) "DELETE removes rows of Session for good"

-- migration: 20240103000000_dedupe_emails
WITH ranked AS (SELECT "id", row_number() OVER (PARTITION BY "email" ORDER BY "id") AS rn FROM "User") -- expect: delete-rows "rows of User"
DELETE FROM "User" WHERE "id" IN (SELECT "id" FROM ranked WHERE rn > 1);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email"); -- expect: require-concurrent-index, add-unique-constraint

-- migration: 20240104000000_truncated_first
TRUNCATE "Session"; -- expect: truncate-table
DELETE FROM "Session" WHERE "expired"; -- ok: the table was emptied just before

-- migration: 20240105000000_scratch_table
CREATE TABLE "Import" ("id" INTEGER NOT NULL, "ok" BOOLEAN NOT NULL);
INSERT INTO "Import" VALUES (1, true), (2, false);
DELETE FROM "Import" WHERE NOT "ok"; -- ok: the table is new in this migration

-- migration: 20240106000000_obsolete_table
DELETE FROM "Legacy" WHERE "id" > 10; -- ok: the table is dropped below, and drop-table says every row goes
DROP TABLE "Legacy"; -- expect: drop-table
