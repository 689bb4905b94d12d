-- drop-index on PostgreSQL: DROP INDEX names no table; the history knows which.
-- migration: 20240101000000_init
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_name_idx" ON "User"("name");

-- CreateIndex
CREATE INDEX "User_name_email_idx" ON "User"("name", "email");

-- CreateIndex
CREATE INDEX "User_email_name_idx" ON "User"("email", "name");

-- migration: 20240102000000_drop
-- DropIndex
DROP INDEX "User_name_idx"; -- expect: drop-index "index User_name_idx on User(name) is dropped", require-concurrent-index

-- migration: 20240103000000_concurrently
DROP INDEX CONCURRENTLY "User_name_email_idx"; -- expect: drop-index "on User(name, email)"

-- migration: 20240104000000_rename
-- RenameIndex
ALTER INDEX "User_email_name_idx" RENAME TO "User_email_name_key2"; -- ok: a rename keeps the index

-- migration: 20240105000000_recreate
DROP INDEX "User_email_name_key2"; -- expect: require-concurrent-index -- ok: re-created below over the same columns
CREATE INDEX "User_email_name_idx" ON "User"("email", "name"); -- expect: require-concurrent-index

-- migration: 20240106000000_unknown_table_recreated_by_name
DROP INDEX "Legacy_title_idx"; -- ok: re-created below by name
CREATE INDEX "Legacy_title_idx" ON "Legacy"("title", "id"); -- expect: require-concurrent-index, unknown-reference -- the history starts from an empty database
