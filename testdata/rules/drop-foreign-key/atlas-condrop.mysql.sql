-- rules: drop-foreign-key, drop-unique-constraint, drop-index, drop-column
-- The cases of Atlas's MySQL lint script cli-migrate-lint-condrop (ariga/atlas, internal/integration/testdata/
-- mysql). drop-column is compared too: Atlas reports the column drops of this script with the constraint drops.
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NOT NULL, `u1` INTEGER NULL, PRIMARY KEY (`id`));
CREATE TABLE `Pet` (`id` INTEGER NOT NULL, `ownerId` INTEGER NULL, PRIMARY KEY (`id`),
    CONSTRAINT `Pet_ownerId_fkey` FOREIGN KEY (`ownerId`) REFERENCES `User`(`id`));
CREATE TABLE `Car` (`id` INTEGER NOT NULL, `ownerId` INTEGER NULL, PRIMARY KEY (`id`),
    CONSTRAINT `Car_ownerId_fkey` FOREIGN KEY (`ownerId`) REFERENCES `User`(`id`));

-- migration: 20240102000000_rename
ALTER TABLE `User` RENAME TO `Person`, RENAME COLUMN `u1` TO `u2`; -- ok: a rename drops no constraint and no column

-- migration: 20240103000000_drops
ALTER TABLE `Person` ADD COLUMN `u1` INTEGER NULL, DROP COLUMN `u2`; -- expect: drop-column "Person.u2"
ALTER TABLE `Car` DROP CONSTRAINT `Car_ownerId_fkey`, DROP COLUMN `ownerId`; -- expect: drop-column "foreign key Car_ownerId_fkey" -- the key goes with its column: one finding, as with Atlas
ALTER TABLE `Pet` DROP CONSTRAINT `Pet_ownerId_fkey`; -- expect: drop-foreign-key "Pet_ownerId_fkey"
-- ok: no drop-index: MySQL keeps the index it made for Pet_ownerId_fkey
