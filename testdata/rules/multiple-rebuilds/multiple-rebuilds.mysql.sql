-- multiple-rebuilds on MySQL 8.0: the same table rebuilt by two statements of one migration.
-- migration: 20240101000000_init
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(50) NULL,
    `age` INTEGER NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Post` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `title` VARCHAR(50) NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_two_statements
ALTER TABLE `User` MODIFY `name` VARCHAR(50) NOT NULL; -- expect: table-rebuild, set-not-null
ALTER TABLE `User` MODIFY `age` INTEGER NOT NULL; -- expect: multiple-rebuilds(info) "User is rebuilt again (2nd time in this migration)", table-rebuild, set-not-null

-- migration: 20240103000000_one_statement
ALTER TABLE `User` MODIFY `name` VARCHAR(50) NULL, MODIFY `age` INTEGER NULL; -- expect: table-rebuild
-- ok: two clauses, one rebuild

-- migration: 20240104000000_two_tables
ALTER TABLE `User` MODIFY `name` VARCHAR(50) NOT NULL; -- expect: table-rebuild, set-not-null
ALTER TABLE `Post` MODIFY `title` VARCHAR(50) NOT NULL; -- expect: table-rebuild, set-not-null
-- ok: two tables, each rebuilt once
