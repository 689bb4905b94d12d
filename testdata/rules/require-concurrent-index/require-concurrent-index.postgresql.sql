-- require-concurrent-index on PostgreSQL: CREATE INDEX and DROP INDEX on an existing table without CONCURRENTLY.
-- migration: 20240101000000_init
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Post_views_idx" ON "Post"("views");

-- migration: 20240102000000_title_index
-- CreateIndex
CREATE INDEX "Post_title_idx" ON "Post"("title"); -- expect: require-concurrent-index "CREATE INDEX Post_title_idx on Post without CONCURRENTLY holds a SHARE lock"

-- migration: 20240103000000_drop_views_index
-- DropIndex
DROP INDEX "Post_views_idx"; -- expect: require-concurrent-index "DROP INDEX Post_views_idx without CONCURRENTLY takes ACCESS EXCLUSIVE", drop-index

-- migration: 20240104000000_concurrently
CREATE INDEX CONCURRENTLY "Post_views_idx" ON "Post"("views"); -- ok: CONCURRENTLY lets writes go on

-- migration: 20240105000000_drop_concurrently
DROP INDEX CONCURRENTLY "Post_title_idx"; -- expect: drop-index

-- migration: 20240106000000_new_table
CREATE TABLE "Tag" ("id" SERIAL NOT NULL, "label" TEXT NOT NULL, CONSTRAINT "Tag_pkey" PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "Tag_label_key" ON "Tag"("label"); -- ok: the table is new in this migration

-- migration: 20240107000000_unique_constraint
ALTER TABLE "Post" ADD CONSTRAINT "Post_title_key" UNIQUE ("title"); -- expect: blocks-writes, add-unique-constraint

-- migration: 20240108000000_drop_unique_constraint
ALTER TABLE "Post" DROP CONSTRAINT "Post_title_key"; -- expect: drop-unique-constraint
-- ok: a constraint's index cannot be dropped CONCURRENTLY, so require-concurrent-index stays silent
