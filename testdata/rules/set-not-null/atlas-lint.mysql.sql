-- rules: set-not-null
-- The cases of Atlas's MySQL lint script cli-migrate-lint-modify-nullability (ariga/atlas, internal/integration/
-- testdata/mysql): a column made NOT NULL fails on the NULLs no earlier statement of the migration filled, also
-- when the column was added in this same migration to a table that has rows.
-- migration: 20240101000000_init
CREATE TABLE `Account` (`id` INTEGER NULL);
CREATE TABLE `Member` (`id` INTEGER NULL);
CREATE TABLE `Owner` (`id` INTEGER NULL);
CREATE TABLE `Pet` (`id` INTEGER NULL);

-- migration: 20240102000000_existing_column
ALTER TABLE `Account` ADD COLUMN `rank` INTEGER NOT NULL DEFAULT 1;
ALTER TABLE `Account` MODIFY COLUMN `id` INTEGER NOT NULL; -- expect: set-not-null "Account.id becomes NOT NULL"

-- migration: 20240103000000_two_of_three_backfilled
ALTER TABLE `Member` ADD COLUMN `a` INTEGER, ADD COLUMN `b` INTEGER, ADD COLUMN `c` INTEGER;
UPDATE `Member` SET `a` = 1;
UPDATE `Member` SET `b` = 1 WHERE `b` IS NULL;
ALTER TABLE `Member` MODIFY COLUMN `a` INTEGER NOT NULL, -- ok: every row was given an a
    MODIFY COLUMN `b` INTEGER NOT NULL, -- ok: every row with a NULL b was given one
    MODIFY COLUMN `c` INTEGER NOT NULL; -- expect: set-not-null "Member.c was added in this migration without a default"

-- migration: 20240104000000_new_table
CREATE TABLE `Visitor` (`id` INTEGER NULL);
ALTER TABLE `Visitor` MODIFY COLUMN `id` INTEGER NOT NULL; -- ok: the table has no rows yet

-- migration: 20240105000000_backfill_of_some_rows
ALTER TABLE `Owner` ADD COLUMN `name` VARCHAR(255), ADD COLUMN `age` DOUBLE;
UPDATE `Owner` SET `name` = 'Unknown', `age` = 0;
ALTER TABLE `Owner` MODIFY COLUMN `name` VARCHAR(255) NOT NULL, MODIFY COLUMN `age` DOUBLE NOT NULL; -- ok: every row was filled

ALTER TABLE `Pet` ADD COLUMN `name` VARCHAR(255), ADD COLUMN `age` DOUBLE;
UPDATE `Pet` SET `name` = 'Unknown', `age` = 0 WHERE RAND() > 0.5;
ALTER TABLE `Pet` MODIFY COLUMN `name` VARCHAR(255) NOT NULL, MODIFY COLUMN `age` DOUBLE NOT NULL; -- expect: set-not-null "Pet.name was added", set-not-null "Pet.age was added" -- a random half keeps its NULLs
