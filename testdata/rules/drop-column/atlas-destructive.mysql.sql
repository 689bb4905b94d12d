-- rules: drop-table, drop-column
-- The cases of Atlas's MySQL lint script cli-migrate-lint-destructive (ariga/atlas, internal/integration/testdata/
-- mysql): a rename, of a table or of a column, is not a drop; dropping the renamed column later is.
-- migration: 20240101000000_init
CREATE TABLE `Member` (`id` INTEGER NULL);
CREATE TABLE `Visitor` (`id` INTEGER NULL);

-- migration: 20240102000000_renamed_in_the_migration_that_creates_it
CREATE TABLE `Draft` (`id` INTEGER NULL);
ALTER TABLE `Draft` RENAME COLUMN `id` TO `oid`; -- ok: a rename keeps the data

-- migration: 20240103000000_table_and_column_renamed
ALTER TABLE `Member` RENAME TO `Membership`, RENAME COLUMN `id` TO `oid`; -- ok: a rename keeps the data (rename-table and rename-column report it, as Atlas's incompatible check does)
ALTER TABLE `Visitor` RENAME TO `Guest`, RENAME COLUMN `id` TO `oid`; -- ok: a rename keeps the data

-- migration: 20240104000000_renamed_column_dropped
ALTER TABLE `Guest` ADD COLUMN `id` INTEGER NULL, DROP COLUMN `oid`; -- expect: drop-column "Guest.oid"
