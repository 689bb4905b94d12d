-- Column names MySQL accepts unquoted that JSqlParser takes for keywords; MySQL's reserved words stay errors.
-- migration: 20240101000000_init
CREATE TABLE `Event` (`id` INT NOT NULL, `position` INT NULL, `interval` INT NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_drop
ALTER TABLE Event DROP COLUMN position; -- expect: drop-column "column Event.position is dropped"
ALTER TABLE Event DROP COLUMN interval; -- expect: parse-error -- INTERVAL is reserved in MySQL: the server refuses it too
