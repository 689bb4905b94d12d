-- unused-suppression on PostgreSQL.
-- migration: 20240101000000_init
CREATE TABLE "User" ("id" SERIAL NOT NULL, "a" TEXT, "c" TEXT, "d" TEXT);

-- migration: 20240102000000_file_wide_but_nothing_to_suppress
-- migralint-ignore-file drop-table: nothing is dropped here -- expect: unused-suppression "migralint-ignore-file drop-table suppresses nothing in this file"
ALTER TABLE "User" ADD COLUMN "b" TEXT;

-- migration: 20240103000000_used
ALTER TABLE "User" DROP COLUMN "a"; -- migralint-ignore drop-column: archived first -- ok: used

-- migration: 20240104000000_misspelt
-- migralint-ignore drop-colunm: archived first -- expect: unused-suppression "(did you mean drop-column?)"
ALTER TABLE "User" DROP COLUMN "c"; -- expect: drop-column

-- migration: 20240105000000_blank_line
-- migralint-ignore drop-column: archived first -- expect: unused-suppression "is beside no statement"

ALTER TABLE "User" DROP COLUMN "d"; -- expect: drop-column
