-- truncate-table on PostgreSQL.
-- migration: 20240101000000_init
CREATE TABLE "Session" ("id" SERIAL NOT NULL, "expired" BOOLEAN NOT NULL DEFAULT false);

-- migration: 20240102000000_truncate
TRUNCATE "Session"; -- expect: truncate-table
DELETE FROM "Session" WHERE "expired"; -- ok: only some rows (no truncate-table), of a table just emptied (no delete-rows)
