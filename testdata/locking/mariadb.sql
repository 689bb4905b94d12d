-- Cases for the online-DDL cost model, target mariadb:10.11. Each case is one statement, run on a fresh copy of the
-- setup (tables with rows). ServerObservationsTest runs each case on a real MariaDB with ALGORITHM=INSTANT, NOCOPY,
-- INPLACE and with LOCK=NONE, LOCK=SHARED, and checks that what the server accepts is what the model predicts.
-- "-- case: <title>" starts a case; "-- not on a server: <reason>" inside a case keeps it out of the server run.

-- setup
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `email` VARCHAR(191) NOT NULL,
    `name` VARCHAR(50) NULL,
    `bio` TEXT NULL,
    `age` INTEGER NULL,
    `role` ENUM('USER', 'ADMIN') NOT NULL DEFAULT 'USER',
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    UNIQUE INDEX `User_email_key`(`email`),
    INDEX `User_name_idx`(`name`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Post` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `authorId` INTEGER NOT NULL,
    `title` VARCHAR(191) NOT NULL,
    `body` TEXT NULL,
    `views` INTEGER NOT NULL DEFAULT 0,

    INDEX `Post_authorId_idx`(`authorId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Tag` (
    `id` INTEGER NOT NULL,
    `label` VARCHAR(20) NOT NULL,
    `postId` INTEGER NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Log` (
    `id` BIGINT NOT NULL,
    `message` VARCHAR(100) NULL
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Article` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `title` VARCHAR(191) NOT NULL,
    `content` TEXT NOT NULL,

    FULLTEXT INDEX `Article_content_idx`(`content`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

INSERT INTO `User` (`email`, `name`, `bio`, `age`) VALUES ('a@example.com', 'Ada', 'hi', 36), ('b@example.com', 'Bo', NULL, 41), ('c@example.com', 'Cy', 'yo', 28);
INSERT INTO `Post` (`authorId`, `title`, `body`) VALUES (1, 'First', 'text'), (1, 'Second', NULL), (2, 'Third', 'more');
INSERT INTO `Tag` (`id`, `label`, `postId`) VALUES (1, 'news', 1), (2, 'tech', 2), (3, 'misc', 3);
INSERT INTO `Log` (`id`, `message`) VALUES (1, 'boot'), (2, 'ready'), (3, 'stop');
INSERT INTO `Article` (`title`, `content`) VALUES ('One', 'alpha beta'), ('Two', 'gamma delta');

-- case: add a nullable column
ALTER TABLE `User` ADD COLUMN `nickname` VARCHAR(191) NULL;

-- case: add a NOT NULL column with a default
ALTER TABLE `User` ADD COLUMN `score` INTEGER NOT NULL DEFAULT 0;

-- case: add a column to a table with a FULLTEXT index
ALTER TABLE `Article` ADD COLUMN `summary` VARCHAR(191) NULL;

-- case: add two columns and drop one in one statement
ALTER TABLE `User` ADD COLUMN `city` VARCHAR(100) NULL,
    ADD COLUMN `zip` VARCHAR(10) NULL,
    DROP COLUMN `bio`;

-- case: drop a column
ALTER TABLE `User` DROP COLUMN `bio`;

-- case: drop an indexed column
ALTER TABLE `User` DROP COLUMN `name`;

-- case: rename a column
ALTER TABLE `User` RENAME COLUMN `bio` TO `about`;

-- case: rename a column with CHANGE, same type
ALTER TABLE `User` CHANGE `bio` `about` TEXT NULL;

-- case: set a default
ALTER TABLE `Post` ALTER COLUMN `views` SET DEFAULT 1;

-- case: drop a default
ALTER TABLE `Post` ALTER COLUMN `views` DROP DEFAULT;

-- case: MODIFY that only changes the default
ALTER TABLE `User` MODIFY `name` VARCHAR(50) NULL DEFAULT 'anonymous';

-- case: MODIFY that restates the column unchanged
ALTER TABLE `User` MODIFY `email` VARCHAR(191) NOT NULL;

-- case: widen a VARCHAR within 255 bytes
ALTER TABLE `User` MODIFY `name` VARCHAR(60) NULL;

-- case: widen a VARCHAR past 255 bytes
ALTER TABLE `User` MODIFY `name` VARCHAR(100) NULL;

-- case: narrow a VARCHAR
ALTER TABLE `User` MODIFY `email` VARCHAR(100) NOT NULL;

-- case: change INT to BIGINT
ALTER TABLE `User` MODIFY `age` BIGINT NULL;

-- case: VARCHAR to TEXT
ALTER TABLE `Post` MODIFY `title` TEXT NOT NULL;

-- case: make a column NOT NULL
ALTER TABLE `User` MODIFY `age` INTEGER NOT NULL;

-- case: make a column nullable
ALTER TABLE `Post` MODIFY `title` VARCHAR(191) NULL;

-- case: append an ENUM value
ALTER TABLE `User` MODIFY `role` ENUM('USER', 'ADMIN', 'OWNER') NOT NULL DEFAULT 'USER';

-- case: reorder ENUM values
ALTER TABLE `User` MODIFY `role` ENUM('ADMIN', 'USER') NOT NULL DEFAULT 'USER';

-- case: create an index
CREATE INDEX `Post_title_idx` ON `Post`(`title`);

-- case: create a unique index
CREATE UNIQUE INDEX `Tag_label_key` ON `Tag`(`label`);

-- case: add an index with ALTER TABLE
ALTER TABLE `Post` ADD INDEX `Post_views_idx`(`views`);

-- case: add the first FULLTEXT index
ALTER TABLE `Post` ADD FULLTEXT INDEX `Post_body_idx`(`body`);

-- case: add a second FULLTEXT index
ALTER TABLE `Article` ADD FULLTEXT INDEX `Article_title_idx`(`title`);

-- case: drop an index
DROP INDEX `User_name_idx` ON `User`;

-- case: drop a unique index with ALTER TABLE
ALTER TABLE `User` DROP INDEX `User_email_key`;

-- case: rename an index
ALTER TABLE `User` RENAME INDEX `User_name_idx` TO `User_displayName_idx`;

-- case: add a foreign key
ALTER TABLE `Tag` ADD CONSTRAINT `Tag_postId_fkey` FOREIGN KEY (`postId`) REFERENCES `Post`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- case: drop a foreign key
ALTER TABLE `Post` DROP FOREIGN KEY `Post_authorId_fkey`;

-- case: add a primary key
ALTER TABLE `Log` ADD PRIMARY KEY (`id`);

-- case: drop a primary key
ALTER TABLE `Tag` DROP PRIMARY KEY;

-- case: replace a primary key in one statement
ALTER TABLE `Tag` DROP PRIMARY KEY, ADD PRIMARY KEY (`id`, `label`);

-- case: add a CHECK constraint
ALTER TABLE `User` ADD CONSTRAINT `User_age_check` CHECK (`age` >= 0);

-- case: rename a table
ALTER TABLE `Log` RENAME TO `EventLog`;

-- case: rebuild a table that has a FULLTEXT index
ALTER TABLE `Article` MODIFY `title` VARCHAR(100) NOT NULL;

-- case: add a nullable column and a foreign key on it
ALTER TABLE `Log` ADD COLUMN `userId` INTEGER NULL,
    ADD CONSTRAINT `Log_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- case: add a column AFTER another
ALTER TABLE `User` ADD COLUMN `middleName` VARCHAR(50) NULL AFTER `name`;

-- case: move a column with MODIFY … AFTER
ALTER TABLE `User` MODIFY `bio` TEXT NULL AFTER `email`;

-- case: move a column and change nothing else with CHANGE … FIRST
ALTER TABLE `User` CHANGE `age` `age` INTEGER NULL FIRST;
