-- unknown-reference on MySQL: the history starts from an empty database, so every table it alters must be made in it.
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, `email` VARCHAR(191) NOT NULL, `name` VARCHAR(191) NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_typo_in_the_table
ALTER TABLE `Users` ADD COLUMN `bio` TEXT NULL; -- expect: unknown-reference(warning) "table Users is not created by any earlier migration: migrate deploy fails here (1146)"

-- migration: 20240103000000_other_case
ALTER TABLE `user` ADD COLUMN `bio` TEXT NULL; -- expect: unknown-reference "User is (MySQL table names are case-sensitive on Linux servers)"

-- migration: 20240104000000_typo_in_the_column
ALTER TABLE `User` DROP COLUMN `nmae`; -- expect: unknown-reference "column User.nmae does not exist"
ALTER TABLE `User` MODIFY `EMAIL` VARCHAR(191) NOT NULL; -- ok: MySQL column names are case-insensitive

-- migration: 20240105000000_one_finding_a_statement
ALTER TABLE `Comment` ADD COLUMN `a` INTEGER NULL, ADD COLUMN `b` INTEGER NULL; -- expect: unknown-reference

-- migration: 20240106000000_created_above
CREATE TABLE `Tag` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));
ALTER TABLE `Tag` ADD COLUMN `slug` VARCHAR(191) NULL; -- ok: created earlier in this migration
DROP TABLE IF EXISTS `Ghost`; -- expect: drop-table -- ok: no unknown-reference with IF EXISTS

-- migration: 20240120000000_table_and_column_renamed_in_one_statement
CREATE TABLE `Client` (`id` INTEGER NOT NULL, `u1` INTEGER NULL, PRIMARY KEY (`id`));
ALTER TABLE `Client` RENAME TO `Customer`, RENAME COLUMN `u1` TO `u2`; -- ok: MySQL renames the table last, so u1 is Client's
ALTER TABLE `Customer` MODIFY `u2` BIGINT NULL; -- ok: both renames were applied
ALTER TABLE `Customer` MODIFY `u1` BIGINT NULL; -- expect: unknown-reference "column Customer.u1 does not exist"
