-- change-primary-key on MySQL.
-- migration: 20240101000000_init
CREATE TABLE `Member` (`teamId` INTEGER NOT NULL, `userId` INTEGER NOT NULL, `id` INTEGER NOT NULL, PRIMARY KEY (`id`));
CREATE TABLE `Post` (`id` INTEGER NOT NULL, `slug` VARCHAR(191) NOT NULL, PRIMARY KEY (`id`));
CREATE TABLE `Tag` (`id` INTEGER NOT NULL, `name` VARCHAR(191) NOT NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_composite_key
/*
  Warnings:

  - The primary key for the `Member` table will be changed. If it partially fails, the table could be left without primary key constraint.

*/
-- AlterTable
ALTER TABLE `Member` DROP PRIMARY KEY, -- expect: change-primary-key "changes from (id) to (teamId, userId): the table is rebuilt", table-rebuild
    ADD PRIMARY KEY (`teamId`, `userId`); -- expect: add-unique-constraint

-- migration: 20240103000000_new_table
CREATE TABLE `Tmp` (`a` INTEGER NOT NULL, `b` INTEGER NOT NULL, PRIMARY KEY (`a`));
ALTER TABLE `Tmp` DROP PRIMARY KEY, ADD PRIMARY KEY (`a`, `b`); -- ok: the table is new in this migration

-- migration: 20240104000000_key_stays
-- Prisma restates the key to make its column AUTO_INCREMENT or change its type: the key does not change
ALTER TABLE `Post` DROP PRIMARY KEY, -- expect: blocks-writes -- ok: no change-primary-key, the key is (id) before and after
    MODIFY `id` INTEGER NOT NULL AUTO_INCREMENT,
    ADD PRIMARY KEY (`ID`);

-- migration: 20240105000000_two_statements
ALTER TABLE `Tag` DROP PRIMARY KEY; -- expect: change-primary-key "the table is left without a primary key", blocks-writes
ALTER TABLE `Tag` ADD PRIMARY KEY (`name`); -- expect: add-unique-constraint, table-rebuild, multiple-rebuilds
