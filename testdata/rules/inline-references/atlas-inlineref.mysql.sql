-- rules: inline-references
-- The cases of Atlas's MySQL lint script cli-migrate-lint-inlineref (ariga/atlas, internal/integration/testdata/
-- mysql): MySQL parses an inline REFERENCES and creates no foreign key, in CREATE TABLE and in ADD COLUMN alike.
-- migration: 20240101000000_init
CREATE TABLE `Node` (`next` INTEGER REFERENCES `Node`(`next`)); -- expect: inline-references "next"
CREATE TABLE `Tree` (`id` INTEGER);

-- migration: 20240102000000_children
ALTER TABLE `Tree` ADD COLUMN `l` INTEGER REFERENCES `Tree`(`id`), ADD COLUMN `r` INTEGER REFERENCES `Tree`(`id`); -- expect: inline-references "Tree.l", inline-references "Tree.r"
