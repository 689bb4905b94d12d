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
