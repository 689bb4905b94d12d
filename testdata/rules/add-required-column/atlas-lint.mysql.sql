-- rules: add-required-column, set-not-null
-- The cases of Atlas's MySQL lint script cli-migrate-lint-add-notnull (ariga/atlas, internal/integration/testdata/
-- mysql). Atlas reports the implicit '' that MySQL writes into every existing row unless a backfill replaces it;
-- Migralint reports the column whatever the backfill, because the running release's INSERTs leave it out.
-- migration: 20240101000000_init
CREATE TABLE `Customer` (`id` INTEGER NULL);
CREATE TABLE `Seller` (`id` INTEGER NULL);
CREATE TABLE `Buyer` (`id` VARCHAR(36) NULL);
CREATE TABLE `Guest` (`id` VARCHAR(36) NULL);
CREATE TABLE `Ticket` (`name` VARCHAR(36) NULL);

-- migration: 20240102000000_required_column
ALTER TABLE `Customer` ADD COLUMN `name` VARCHAR(120) NOT NULL; -- expect: add-required-column "implicit ''"

-- migration: 20240103000000_every_row_backfilled
ALTER TABLE `Seller` ADD COLUMN `name` VARCHAR(120) NOT NULL; -- expect: add-required-column "INSERTs from code that does not know the column fail" -- Atlas is silent: no row keeps ''
UPDATE `Seller` SET `name` = 'all_the_same';

-- migration: 20240104000000_implicit_values_backfilled
ALTER TABLE `Buyer` ADD COLUMN `name` VARCHAR(120) NOT NULL; -- expect: add-required-column "INSERTs from code that does not know the column fail" -- Atlas is silent: the '' rows are replaced
UPDATE `Buyer` SET `name` = CONCAT('name', `id`) WHERE `name` = '';

-- migration: 20240105000000_backfill_of_nulls_is_a_no_op
ALTER TABLE `Guest` ADD COLUMN `name` VARCHAR(120) NOT NULL; -- expect: add-required-column "implicit ''"
/* No row is NULL: MySQL already wrote '' into each. */
UPDATE `Guest` SET `name` = CONCAT('name', `id`) WHERE `name` IS NULL;

-- migration: 20240106000000_auto_increment
ALTER TABLE `Ticket` ADD COLUMN `id` BIGINT PRIMARY KEY AUTO_INCREMENT; -- ok: the server numbers existing rows
