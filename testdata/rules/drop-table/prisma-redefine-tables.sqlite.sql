-- Prisma's SQLite "RedefineTables" sequence is one change to the table, not a drop-table.
-- migration: 20240101000000_init
-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "fax" TEXT,
    "age" INTEGER
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- migration: 20240102000000_redefine_losing_a_column
/*
  Warnings:

  - You are about to drop the column `fax` on the `User` table. All the data in the column will be lost.
  - Made the column `name` on table `User` required. This step will fail if there are existing NULL values in that column.

*/
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" ( -- expect: drop-column, set-not-null
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "age" INTEGER
);
INSERT INTO "new_User" ("age", "email", "id", "name") SELECT "age", "email", "id", "name" FROM "User";
DROP TABLE "User"; -- ok: part of the redefinition
ALTER TABLE "new_User" RENAME TO "User"; -- ok: part of the redefinition
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- migration: 20240103000000_redefine_adding_a_nullable_column
-- RedefineTables
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" ( -- ok: only a nullable column is added
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "age" INTEGER,
    "bio" TEXT
);
INSERT INTO "new_User" ("age", "email", "id", "name") SELECT "age", "email", "id", "name" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;

-- migration: 20240104000000_a_real_drop_is_still_a_drop
DROP TABLE "User"; -- expect: drop-table
