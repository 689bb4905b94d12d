-- out-of-order-migration on MySQL, as --changed-since base sees it: each section says what git says of it. -- expect: out-of-order-migration "20240102000000_from_an_old_branch is new since base but sorts before 20240103000000_newest_at_base"
-- migration: 20240101000000_init
-- git: at base
CREATE TABLE `User` (`id` INT NOT NULL, `name` VARCHAR(191) NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_from_an_old_branch
-- git: new
ALTER TABLE `User` ADD COLUMN `bio` TEXT NULL; -- the finding is about the file: at 1:1, on the first line above

-- migration: 20240103000000_newest_at_base
-- git: at base
ALTER TABLE `User` ADD COLUMN `age` INT NULL; -- ok: replayed only

-- migration: 20240104000000_after_the_newest
-- git: new
ALTER TABLE `User` ADD COLUMN `city` VARCHAR(191) NULL; -- ok: sorts after every migration at the base
