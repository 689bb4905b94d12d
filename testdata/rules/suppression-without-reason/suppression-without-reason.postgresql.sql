-- suppression-without-reason on PostgreSQL.
-- migration: 20240101000000_init
CREATE TABLE "User" ("id" SERIAL NOT NULL, "a" TEXT, "b" TEXT);

-- migration: 20240102000000_no_reason
ALTER TABLE "User" DROP COLUMN "a"; /* migralint-ignore drop-column */ -- expect: suppression-without-reason, drop-column

-- migration: 20240103000000_with_reason
/* migralint-ignore drop-column: copied to Profile first */ -- ok: block comments work too
ALTER TABLE "User" DROP COLUMN "b";
