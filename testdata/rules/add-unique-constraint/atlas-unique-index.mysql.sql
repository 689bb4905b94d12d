-- rules: add-unique-constraint, drop-unique-constraint
-- The cases of Atlas's MySQL lint script cli-migrate-lint-unique-index (ariga/atlas, internal/integration/testdata/
-- mysql): a unique index on a table with rows fails on duplicates; one on a new table, or a renamed one, cannot.
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NULL);

-- migration: 20240102000000_unique_index
ALTER TABLE `User` ADD UNIQUE INDEX `idx` (`id`); -- expect: add-unique-constraint "User"

-- migration: 20240103000000_new_table
CREATE TABLE `Member` (`id` INTEGER NULL);
ALTER TABLE `Member` ADD UNIQUE INDEX `idx` (`id`); -- ok: the table has no rows yet

-- migration: 20240104000000_renamed
ALTER TABLE `Member` RENAME INDEX `idx` TO `idx1`; -- ok: a rename keeps the index and its entries
