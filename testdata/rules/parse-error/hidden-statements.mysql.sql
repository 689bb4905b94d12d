-- parse-error where a second statement could hide behind a first: what the server runs must never go unread.
-- migration: 20240101000000_init
CREATE TABLE `User` (`id` INTEGER NOT NULL, `a` INTEGER NULL, PRIMARY KEY (`id`));

-- migration: 20240102000000_delimiter_piece_with_two_statements
-- the mysql client sends the piece as one query, and the server runs both statements
DELIMITER ;;
SELECT 1;
DROP TABLE `User`;; -- expect: parse-error "another statement starts here"
DELIMITER ;

-- migration: 20240103000000_quote_across_a_versioned_comment
-- a server older than 9.99.99 skips to the first */ and runs the DROP; read as code, it is inside a string
SELECT 1 /*!99999 '*/ ; -- expect: parse-error "runs past the first */"
DROP TABLE `User`;
-- ' */;

-- migration: 20240104000000_body_opened_in_a_versioned_comment
/*!999999 CREATE TRIGGER `t` BEFORE INSERT ON `User` FOR EACH ROW BEGIN */ -- expect: parse-error "BEGIN … END body"
DROP TABLE `User`;
/*!999999 END */;

-- migration: 20240105000000_ordinary_executable_comments
/*!40101 SET NAMES utf8mb4 */; -- ok: mysqldump's header, read as the SET it is
ALTER TABLE `User` /*!50100 DROP COLUMN `a` */; -- expect: drop-column
