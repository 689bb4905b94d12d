-- add-unique-constraint on PostgreSQL.
-- rules: all but blocks-writes, require-concurrent-index
-- migration: 20240101000000_init
CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, "handle" TEXT NOT NULL,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id"));

-- migration: 20240102000000_unique
-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email"); -- expect: add-unique-constraint

-- migration: 20240103000000_constraint
ALTER TABLE "User" ADD CONSTRAINT "User_handle_unique" UNIQUE ("handle"); -- expect: add-unique-constraint

-- migration: 20240104000000_covers_the_primary_key
CREATE UNIQUE INDEX "User_id_email_key" ON "User"("id", "email"); -- ok: id is already unique

-- migration: 20240105000000_per_row_uuid
ALTER TABLE "User" ADD COLUMN "publicId" UUID NOT NULL DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX "User_publicId_key" ON "User"("publicId"); -- ok: every row got its own UUID

-- migration: 20240106000000_inline_unique_with_a_constant_default
ALTER TABLE "User" ADD COLUMN "code" TEXT NOT NULL DEFAULT 'x' UNIQUE; -- expect: add-unique-constraint

-- migration: 20240107000000_soft_delete
ALTER TABLE "User" ADD COLUMN "deletedAt" TIMESTAMP(3), ADD COLUMN "nick" TEXT;
CREATE UNIQUE INDEX "User_nick_live_key" ON "User"("nick") WHERE "deletedAt" IS NULL; -- ok: nick is new, NULL in every row

-- migration: 20240108000000_a_partial_index_guarantees_nothing_for_all_rows
CREATE UNIQUE INDEX "User_nick_key" ON "User"("nick"); -- expect: add-unique-constraint

-- migration: 20240109000000_expression_index
CREATE UNIQUE INDEX "User_email_lower_key" ON "User"(lower("email")); -- expect: add-unique-constraint
CREATE UNIQUE INDEX "User_email_lower2_key" ON "User"(lower("email"), "id"); -- ok: id alone is unique
