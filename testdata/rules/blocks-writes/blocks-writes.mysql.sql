-- blocks-writes on MySQL 8.0: an ALTER that needs LOCK=SHARED or stronger on an existing table.
-- migration: 20240101000000_init
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `email` VARCHAR(191) NOT NULL,
    `age` INTEGER NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Post` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `authorId` INTEGER NOT NULL,
    `body` TEXT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- migration: 20240102000000_bigint_age
ALTER TABLE `User` MODIFY `age` BIGINT NULL; -- expect: blocks-writes, column-type-change

-- migration: 20240103000000_post_author
-- AddForeignKey: with foreign_key_checks=1 MySQL adds a foreign key only with ALGORITHM=COPY
ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE; -- expect: blocks-writes, add-foreign-key

-- migration: 20240104000000_fulltext
ALTER TABLE `Post` ADD FULLTEXT INDEX `Post_body_idx`(`body`); -- expect: blocks-writes

-- migration: 20240105000000_charset
ALTER TABLE `Post` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin; -- expect: blocks-writes

-- migration: 20240106000000_online
CREATE INDEX `User_age_idx` ON `User`(`age`); -- ok: INPLACE with LOCK=NONE
ALTER TABLE `User` ADD COLUMN `city` VARCHAR(100) NULL, ALGORITHM=INSTANT; -- ok: INSTANT
ALTER TABLE `User` MODIFY `email` VARCHAR(100) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE; -- expect: lossy-type-change, refused-online-ddl

-- migration: 20240107000000_new_tables
CREATE TABLE `Tag` (`id` INTEGER NOT NULL, `postId` INTEGER NOT NULL, PRIMARY KEY (`id`));
ALTER TABLE `Tag` ADD CONSTRAINT `Tag_postId_fkey` FOREIGN KEY (`postId`) REFERENCES `Post`(`id`); -- ok: the table is new in this migration
