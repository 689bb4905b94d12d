-- drop-unique-constraint on PostgreSQL: unique indexes and UNIQUE constraints.
-- migration: 20240101000000_init
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "User_phone_unique" UNIQUE ("phone")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- migration: 20240102000000_drop_unique_index
-- DropIndex
DROP INDEX "User_email_key"; -- expect: drop-unique-constraint, require-concurrent-index

-- migration: 20240103000000_drop_unique_constraint
ALTER TABLE "User" DROP CONSTRAINT "User_phone_unique"; -- expect: drop-unique-constraint

-- migration: 20240104000000_primary_key_is_not_a_unique_index
ALTER TABLE "User" DROP CONSTRAINT "User_pkey", ADD CONSTRAINT "User_pkey" PRIMARY KEY ("id", "email"); -- expect: change-primary-key, blocks-writes -- a primary key is not a unique index

-- migration: 20240105000000_recreated_over_the_same_columns
CREATE UNIQUE INDEX "User_email_key" ON "User"("email"); -- expect: add-unique-constraint, require-concurrent-index
DROP INDEX "User_email_key"; -- expect: require-concurrent-index -- ok: re-created below
CREATE UNIQUE INDEX "User_email_key" ON "User"("email"); -- expect: require-concurrent-index
