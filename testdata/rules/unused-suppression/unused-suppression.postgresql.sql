-- unused-suppression on PostgreSQL.
-- migration: 20240101000000_init
CREATE TABLE "User" ("id" SERIAL NOT NULL, "a" TEXT);

-- migration: 20240102000000_file_wide_but_nothing_to_suppress
-- migralint-ignore-file drop-table: nothing is dropped here -- expect: unused-suppression "migralint-ignore-file drop-table suppresses nothing in this file"
ALTER TABLE "User" ADD COLUMN "b" TEXT;

-- migration: 20240103000000_used
ALTER TABLE "User" DROP COLUMN "a"; -- migralint-ignore drop-column: archived first -- ok: used
