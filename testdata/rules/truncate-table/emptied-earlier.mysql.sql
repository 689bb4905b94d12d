-- After TRUNCATE or DELETE without WHERE, a later statement of the same migration has no rows to fail on or to copy:
-- the may-fail rules and the cost rules stay silent; the rules about the running release still speak.
-- migration: 20240101000000_init
CREATE TABLE `Owner` (`id` INTEGER NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`));
CREATE TABLE `Item` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `code` VARCHAR(191) NULL,
    `name` VARCHAR(191) NULL,
    `ownerId` INTEGER NULL,
    `qty` INTEGER NULL,
    PRIMARY KEY (`id`)
);
CREATE TABLE `Log` (`id` INTEGER NOT NULL AUTO_INCREMENT, `code` VARCHAR(191) NULL, `note` VARCHAR(191) NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_reset_items
TRUNCATE `Item`; -- expect: truncate-table
ALTER TABLE `Item` MODIFY `name` VARCHAR(50) NULL; -- expect: column-type-change "the table was emptied earlier in this migration"
CREATE UNIQUE INDEX `Item_code_key` ON `Item`(`code`); -- ok: no rows, no duplicates
ALTER TABLE `Item` MODIFY `code` VARCHAR(191) NOT NULL; -- ok: no rows hold NULL, and the rebuild copies nothing
ALTER TABLE `Item` ADD CONSTRAINT `Item_ownerId_fkey` FOREIGN KEY (`ownerId`) REFERENCES `Owner`(`id`) ON DELETE SET NULL ON UPDATE CASCADE; -- ok: no orphans
ALTER TABLE `Item` ADD CONSTRAINT `Item_qty_check` CHECK (`qty` > 0); -- ok: no row violates it
ALTER TABLE `Item` ADD COLUMN `sku` VARCHAR(20) NOT NULL; -- expect: add-required-column "INSERTs from code that does not know the column fail"
ALTER TABLE `Item` RENAME COLUMN `qty` TO `quantity`; -- expect: rename-column

-- migration: 20240103000000_refill_log
DELETE FROM `Log`; -- expect: truncate-table, mixed-ddl-and-data
INSERT INTO `Log` (`code`, `note`) SELECT `code`, `name` FROM `Item`;
CREATE UNIQUE INDEX `Log_code_key` ON `Log`(`code`); -- expect: add-unique-constraint
