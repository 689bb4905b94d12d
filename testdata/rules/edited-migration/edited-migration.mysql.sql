-- edited-migration on MySQL, as --changed-since base sees it: each section says what git says of it. -- expect: edited-migration "20240102000000_edited_after_production_applied_it existed at base and was edited since"
-- migration: 20240101000000_init
-- git: at base
CREATE TABLE `User` (`id` INT NOT NULL, `name` VARCHAR(191) NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_edited_after_production_applied_it
-- git: at base, edited
ALTER TABLE `User` ADD COLUMN `bio` TEXT NULL; -- the finding is about the file: at 1:1, on the first line above

-- migration: 20240103000000_unchanged
-- git: at base
ALTER TABLE `User` ADD COLUMN `age` INT NULL; -- ok: at the base and unchanged, replayed only

-- migration: 20240104000000_new
-- git: new
ALTER TABLE `User` ADD COLUMN `city` VARCHAR(191) NULL; -- ok: a new migration is not an edited one
