-- prisma-migrations-table on MySQL.
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`));

-- migration: 20240102000000_fix_history
DELETE FROM `_prisma_migrations` WHERE `migration_name` = '20240101000000_init'; -- expect: prisma-migrations-table
UPDATE `_prisma_migrations` SET `finished_at` = NOW(); -- expect: prisma-migrations-table

-- migration: 20240103000000_other_tables_are_fine
INSERT INTO `User` (`id`) VALUES (1); -- ok: not Prisma's table
