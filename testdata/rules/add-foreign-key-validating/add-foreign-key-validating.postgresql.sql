-- add-foreign-key-validating on PostgreSQL: a foreign key or CHECK added to an existing table without NOT VALID.
-- migration: 20240101000000_init
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "age" INTEGER,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "authorId" INTEGER NOT NULL,
    "editorId" INTEGER,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- migration: 20240102000000_post_author
-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE; -- expect: add-foreign-key-validating "SHARE ROW EXCLUSIVE locks on Post and User", add-foreign-key

-- migration: 20240103000000_age_check
ALTER TABLE "User" ADD CONSTRAINT "User_age_check" CHECK ("age" >= 0); -- expect: add-foreign-key-validating "CHECK constraint User_age_check is added without NOT VALID: every row of User is checked under ACCESS EXCLUSIVE", add-check-constraint

-- migration: 20240104000000_not_valid
ALTER TABLE "Post" ADD CONSTRAINT "Post_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") NOT VALID; -- ok: existing rows are not checked
ALTER TABLE "User" ADD CONSTRAINT "User_age_positive" CHECK ("age" > 0) NOT VALID; -- ok: existing rows are not checked

-- migration: 20240105000000_new_table
CREATE TABLE "Comment" ("id" SERIAL NOT NULL, "postId" INTEGER NOT NULL, CONSTRAINT "Comment_pkey" PRIMARY KEY ("id"));
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE CASCADE; -- ok: the table is new in this migration
