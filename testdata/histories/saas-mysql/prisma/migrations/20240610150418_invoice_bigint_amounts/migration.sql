-- AlterTable
ALTER TABLE `Invoice` ADD COLUMN `taxCents` INTEGER NOT NULL DEFAULT 0, -- expect: blocks-writes
    MODIFY `amountCents` BIGINT NOT NULL, -- expect: column-type-change
    MODIFY `currency` VARCHAR(3) NOT NULL DEFAULT 'EUR';
