-- multiple-rebuilds on PostgreSQL 16: the same table rewritten by two statements of one migration.
-- migration: 20240101000000_init
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "age" INTEGER,
    "score" INTEGER,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- migration: 20240102000000_two_statements
ALTER TABLE "User" ALTER COLUMN "age" SET DATA TYPE BIGINT; -- expect: blocks-writes, column-type-change
ALTER TABLE "User" ALTER COLUMN "score" SET DATA TYPE BIGINT; -- expect: multiple-rebuilds(info) "User is rewritten again (2nd time in this migration)", blocks-writes, column-type-change

-- migration: 20240103000000_one_statement
ALTER TABLE "User" ALTER COLUMN "age" SET DATA TYPE INTEGER, ALTER COLUMN "score" SET DATA TYPE INTEGER; -- expect: blocks-writes, lossy-type-change "User.age", lossy-type-change "User.score"
-- ok: one statement, one rewrite

-- migration: 20240104000000_scan_is_not_a_rewrite
ALTER TABLE "User" ALTER COLUMN "age" SET NOT NULL; -- expect: blocks-writes, set-not-null
ALTER TABLE "User" ALTER COLUMN "score" SET NOT NULL; -- expect: blocks-writes, set-not-null
-- ok: scans, not rewrites
