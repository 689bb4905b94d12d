-- change-primary-key on MySQL.
-- migration: 20240101000000_init
CREATE TABLE `Member` (`teamId` INTEGER NOT NULL, `userId` INTEGER NOT NULL, `id` INTEGER NOT NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_composite_key
/*
  Warnings:

  - The primary key for the `Member` table will be changed. If it partially fails, the table could be left without primary key constraint.

*/
-- AlterTable
ALTER TABLE `Member` DROP PRIMARY KEY, -- expect: change-primary-key, table-rebuild
    ADD PRIMARY KEY (`teamId`, `userId`); -- expect: add-unique-constraint

-- migration: 20240103000000_new_table
CREATE TABLE `Tmp` (`a` INTEGER NOT NULL, `b` INTEGER NOT NULL, PRIMARY KEY (`a`));
ALTER TABLE `Tmp` DROP PRIMARY KEY, ADD PRIMARY KEY (`a`, `b`); -- ok: the table is new in this migration
