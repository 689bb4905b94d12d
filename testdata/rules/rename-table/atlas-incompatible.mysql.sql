-- rules: rename-table, rename-column
-- The cases of Atlas's MySQL lint script cli-migrate-lint-incompatible (ariga/atlas, internal/integration/testdata/
-- mysql): a rename breaks the running release's queries unless the migration keeps the old name readable.
-- migration: 20240101000000_init
CREATE TABLE `users` (`id` INTEGER NULL);
CREATE TABLE `accounts` (`id` INTEGER NULL);
CREATE TABLE `members` (`id` INTEGER NULL);
CREATE TABLE `posts` (`id` INTEGER NULL);
CREATE TABLE `cards` (`id` INTEGER NULL);

-- migration: 20240102000000_table_renamed
ALTER TABLE `users` RENAME TO `Users`; -- expect: rename-table

-- migration: 20240103000000_column_renamed
ALTER TABLE `accounts` RENAME COLUMN `id` TO `uid`; -- expect: rename-column

-- migration: 20240104000000_old_names_kept
ALTER TABLE `members` RENAME TO `Members`; -- ok: the view below keeps the old name readable
CREATE VIEW `members` AS SELECT * FROM `Members`;
ALTER TABLE `posts` RENAME COLUMN `id` TO `uid`, ADD COLUMN `id` INTEGER AS (`uid`); -- ok: the generated column keeps id readable
ALTER TABLE `cards` RENAME COLUMN `id` TO `cid`, ADD COLUMN `name` VARCHAR(255); -- expect: rename-column
