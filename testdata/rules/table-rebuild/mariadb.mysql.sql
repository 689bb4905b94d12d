-- table-rebuild on MariaDB 10.11.
-- target: mariadb:10.11
-- migration: 20240101000000_init
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `bio` TEXT NULL,
    `name` VARCHAR(50) NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Log` (`id` BIGINT NOT NULL, `message` VARCHAR(100) NULL);

-- migration: 20240102000000_changes
ALTER TABLE `User` DROP COLUMN `bio`; -- expect: drop-column
ALTER TABLE `User` ADD COLUMN `city` VARCHAR(100) NULL; -- ok: INSTANT since MariaDB 10.3.2
ALTER TABLE `Log` ADD PRIMARY KEY (`id`); -- expect: table-rebuild "rebuilds Log on mariadb:10.11", add-unique-constraint
