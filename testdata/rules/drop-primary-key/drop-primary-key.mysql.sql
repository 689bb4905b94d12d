-- drop-primary-key on MySQL.
-- migration: 20240101000000_init
CREATE TABLE `Log` (`id` INTEGER NOT NULL, `at` DATETIME(3) NOT NULL, PRIMARY KEY (`id`));
CREATE TABLE `Tag` (`id` INTEGER NOT NULL, `name` VARCHAR(191) NOT NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_drop_pk
ALTER TABLE `Log` DROP PRIMARY KEY; -- expect: drop-primary-key, blocks-writes

-- migration: 20240103000000_replaced
ALTER TABLE `Tag` DROP PRIMARY KEY, -- expect: change-primary-key, table-rebuild
    ADD PRIMARY KEY (`id`, `name`); -- ok: replaced, so change-primary-key not drop-primary-key
