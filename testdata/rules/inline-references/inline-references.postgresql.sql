-- inline-references is MySQL's: PostgreSQL creates a foreign key from an inline REFERENCES.
-- migration: 20240101000000_init
CREATE TABLE "User" ("id" SERIAL NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "authorId" INTEGER NOT NULL REFERENCES "User"("id"), -- ok: a real foreign key on PostgreSQL

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
