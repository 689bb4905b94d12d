-- add-check-constraint on MySQL.
-- migration: 20240101000000_init
CREATE TABLE `Product` (`id` INTEGER NOT NULL AUTO_INCREMENT, `price` INTEGER NOT NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_check
ALTER TABLE `Product` ADD CONSTRAINT `Product_price_check` CHECK (`price` >= 0); -- expect: add-check-constraint, blocks-writes

-- migration: 20240103000000_new_table
CREATE TABLE `Coupon` (`id` INTEGER NOT NULL AUTO_INCREMENT, `pct` INTEGER NOT NULL, PRIMARY KEY (`id`));
ALTER TABLE `Coupon` ADD CONSTRAINT `Coupon_pct_check` CHECK (`pct` BETWEEN 0 AND 100); -- ok: the table is new in this migration

-- migration: 20240104000000_not_enforced
ALTER TABLE `Product` ADD CONSTRAINT `Product_price_max` CHECK (`price` < 1000000) NOT ENFORCED; -- ok: existing rows are not checked

-- migration: 20240105000000_rows_already_satisfy_it
ALTER TABLE `Product` ADD COLUMN `discount` INTEGER NULL;
ALTER TABLE `Product` ADD CONSTRAINT `Product_discount_check` CHECK (`discount` IS NULL OR `discount` >= 0); -- expect: blocks-writes -- ok: the new column is NULL on every row
ALTER TABLE `Product` ADD CONSTRAINT `Product_discount_max` CHECK (`discount` < 100); -- expect: blocks-writes, multiple-rebuilds -- ok: NULL < 100 is unknown, which a CHECK accepts
ALTER TABLE `Product` ADD CONSTRAINT `Product_price_set` CHECK (`price` IS NOT NULL AND (`discount` IS NULL OR `price` > `discount`)); -- expect: blocks-writes, multiple-rebuilds -- ok: price was NOT NULL, discount is all NULL
ALTER TABLE `Product` ADD CONSTRAINT `Product_price_null` CHECK (`price` IS NULL); -- expect: add-check-constraint, blocks-writes, multiple-rebuilds -- false on every row: price is NOT NULL

-- migration: 20240106000000_rows_may_violate_it
ALTER TABLE `Product` ADD COLUMN `stock` INTEGER NOT NULL DEFAULT 0;
ALTER TABLE `Product` ADD CONSTRAINT `Product_stock_check` CHECK (`stock` > 0); -- expect: add-check-constraint, blocks-writes -- every row got the default 0
ALTER TABLE `Product` ADD COLUMN `weight` INTEGER NULL;
UPDATE `Product` SET `weight` = -1; -- expect: mixed-ddl-and-data
ALTER TABLE `Product` ADD CONSTRAINT `Product_weight_check` CHECK (`weight` IS NULL OR `weight` > 0); -- expect: add-check-constraint, blocks-writes, multiple-rebuilds -- rows were written since the column was added
ALTER TABLE `Product` ADD COLUMN `sku` VARCHAR(20) NULL;
ALTER TABLE `Product` ADD CONSTRAINT `Product_sku_check` CHECK (CHAR_LENGTH(`sku`) > 3 OR `price` > 0); -- expect: add-check-constraint, blocks-writes, multiple-rebuilds -- a function is not decided
