-- refused-online-ddl on MySQL 8.0: an ALGORITHM= or LOCK= the server cannot give for the statement.
-- migration: 20240101000000_init
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(50) NULL,
    `age` INTEGER NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_type_change_in_place
ALTER TABLE `User` MODIFY `age` BIGINT NULL, ALGORITHM=INPLACE, LOCK=NONE; -- expect: refused-online-ddl "ALGORITHM=INPLACE is not supported for changing `age` from INT to BIGINT", column-type-change

-- migration: 20240103000000_instant_with_lock
ALTER TABLE `User` ADD COLUMN `city` VARCHAR(100) NULL, ALGORITHM=INSTANT, LOCK=NONE; -- expect: refused-online-ddl "ALGORITHM=INSTANT allows only LOCK=DEFAULT"

-- migration: 20240104000000_possible_requests
ALTER TABLE `User` ADD COLUMN `zip` VARCHAR(10) NULL, ALGORITHM=INSTANT; -- ok: INSTANT is what the server does
CREATE INDEX `User_age_idx` ON `User`(`age`); -- ok: no request
ALTER TABLE `User` MODIFY `name` VARCHAR(50) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE; -- expect: set-not-null, table-rebuild
-- ok: INPLACE with LOCK=NONE is possible for NOT NULL (a rebuild, which table-rebuild reports outside this fixture)

-- migration: 20240105000000_new_table
CREATE TABLE `Fresh` (`id` INTEGER NOT NULL, `n` INTEGER NULL, PRIMARY KEY (`id`));
ALTER TABLE `Fresh` MODIFY `n` BIGINT NULL, ALGORITHM=INPLACE; -- expect: refused-online-ddl
-- a new table is no exception: the server refuses the request whatever the table holds
