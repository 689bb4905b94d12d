-- inline-references is silent for MariaDB targets: MariaDB creates a foreign key from an inline REFERENCES.
-- target: mariadb:10.11
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`));
CREATE TABLE `Post` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `authorId` INTEGER NOT NULL REFERENCES `User`(`id`), -- ok: MariaDB makes this a foreign key

    PRIMARY KEY (`id`)
);
