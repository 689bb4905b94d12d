-- add-unique-constraint on PostgreSQL.
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
