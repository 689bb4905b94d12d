package dev.migralint.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.change.AddColumn;
import dev.migralint.change.AddForeignKey;
import dev.migralint.change.AddIndex;
import dev.migralint.change.AlterEnumType;
import dev.migralint.change.AttachIndex;
import dev.migralint.change.Change;
import dev.migralint.change.ColumnAlteration;
import dev.migralint.change.CreateEnumType;
import dev.migralint.change.CreateTable;
import dev.migralint.change.DataChange;
import dev.migralint.change.DropColumn;
import dev.migralint.change.DropConstraint;
import dev.migralint.change.DropForeignKey;
import dev.migralint.change.DropIndex;
import dev.migralint.change.DropType;
import dev.migralint.change.EnumAlteration;
import dev.migralint.change.IndexKind;
import dev.migralint.change.ModifyColumn;
import dev.migralint.change.Other;
import dev.migralint.change.RenameColumn;
import dev.migralint.change.RenameIndex;
import dev.migralint.change.RenameTable;
import dev.migralint.change.Transaction;
import dev.migralint.change.Unparsed;
import dev.migralint.change.ValidateConstraint;
import dev.migralint.source.Dialect;
import dev.migralint.source.LineMap;
import dev.migralint.source.SplitResult;
import dev.migralint.source.Statement;
import dev.migralint.source.StatementSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatementLoweringTest {

    private static List<LoweredChange> lower(String sql, Dialect dialect) {
        SplitResult split = StatementSplitter.split(sql, dialect);
        LineMap lines = LineMap.of(sql);
        StatementLowering lowering = new StatementLowering(dialect);
        List<LoweredChange> out = new ArrayList<>();
        for (Statement st : split.statements()) {
            out.addAll(lowering.lower(st, lines));
        }
        return out;
    }

    private static List<Change> changes(String sql, Dialect dialect) {
        return lower(sql, dialect).stream().map(LoweredChange::change).toList();
    }

    private static Change only(String sql, Dialect dialect) {
        List<Change> changes = changes(sql, dialect);
        assertThat(changes).hasSize(1);
        return changes.get(0);
    }

    @Test
    void prismaMysqlCreateTableKeepsColumnsInlineIndexesAndPrimaryKey() {
        CreateTable ct = (CreateTable) only("""
                CREATE TABLE `User` (
                    `id` INTEGER NOT NULL AUTO_INCREMENT,
                    `email` VARCHAR(191) NOT NULL,
                    `name` VARCHAR(191) NULL DEFAULT 'anon',
                    `role` ENUM('USER', 'ADMIN') NOT NULL DEFAULT 'USER',
                    `bio` TEXT NULL,

                    UNIQUE INDEX `User_email_key`(`email`),
                    INDEX `User_name_idx`(`name`),
                    FULLTEXT INDEX `User_bio_idx`(`bio`),
                    PRIMARY KEY (`id`)
                ) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                """, Dialect.MYSQL);

        assertThat(ct.table()).isEqualTo("User");
        assertThat(ct.columns()).extracting(c -> c.name()).containsExactly("id", "email", "name", "role", "bio");
        assertThat(ct.columns().get(0).autoIncrement()).isTrue();
        assertThat(ct.columns().get(1).nullable()).isFalse();
        assertThat(ct.columns().get(2).defaultValue()).contains("'anon'");
        assertThat(ct.columns().get(3).type().args()).containsExactly("USER", "ADMIN");
        assertThat(ct.primaryKey()).containsExactly("id");
        assertThat(ct.indexes()).extracting(i -> i.name().orElse("?"), i -> i.kind())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("User_email_key", IndexKind.UNIQUE),
                        org.assertj.core.groups.Tuple.tuple("User_name_idx", IndexKind.PLAIN),
                        org.assertj.core.groups.Tuple.tuple("User_bio_idx", IndexKind.FULLTEXT));
    }

    @Test
    void prismaPostgresCreateTableReadsNamedPrimaryKeyAndSerial() {
        CreateTable ct = (CreateTable) only("""
                CREATE TABLE "Post" (
                    "id" SERIAL NOT NULL,
                    "title" VARCHAR(200) NOT NULL,
                    "tags" TEXT[],
                    "role" "Role" NOT NULL DEFAULT 'USER',
                    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

                    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
                );
                """, Dialect.POSTGRESQL);

        assertThat(ct.table()).isEqualTo("Post");
        assertThat(ct.primaryKey()).containsExactly("id");
        assertThat(ct.primaryKeyName()).contains("Post_pkey");
        assertThat(ct.columns().get(0).autoIncrement()).isTrue();
        assertThat(ct.columns().get(2).type().array()).isTrue();
        assertThat(ct.columns().get(3).type().userDefined()).isTrue();
        assertThat(ct.columns().get(3).type().name()).isEqualTo("Role");
        assertThat(ct.columns().get(4).defaultValue()).contains("CURRENT_TIMESTAMP");
    }

    @Test
    void eachAlterTableClauseIsItsOwnChangeLocatedAtTheClause() {
        List<LoweredChange> lowered = lower("""
                -- AlterTable
                ALTER TABLE `User` DROP COLUMN `fax`,
                    ADD COLUMN `phone` VARCHAR(20) NULL,
                    MODIFY `email` VARCHAR(100) NOT NULL;
                """, Dialect.MYSQL);

        assertThat(lowered).extracting(l -> l.change().getClass().getSimpleName())
                .containsExactly("DropColumn", "AddColumn", "ModifyColumn");
        assertThat(lowered).extracting(l -> l.span().line() + ":" + l.span().column())
                .containsExactly("2:20", "3:5", "4:5");
        assertThat(((DropColumn) lowered.get(0).change()).column()).isEqualTo("fax");
    }

    @Test
    void mysqlDropForeignKeyThatJSqlParserRejectsIsUnderstood() {
        assertThat(only("ALTER TABLE `Post` DROP FOREIGN KEY `Post_authorId_fkey`;", Dialect.MYSQL))
                .isEqualTo(new DropForeignKey("Post", "Post_authorId_fkey"));
    }

    @Test
    void prismaForeignKeyReadsColumnsTargetAndActions() {
        AddForeignKey fk = (AddForeignKey) only("ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY "
                + "(`authorId`) REFERENCES `User`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;", Dialect.MYSQL);

        assertThat(fk.foreignKey().name()).contains("Post_authorId_fkey");
        assertThat(fk.foreignKey().columns()).containsExactly("authorId");
        assertThat(fk.foreignKey().referencedTable()).isEqualTo("User");
        assertThat(fk.foreignKey().referencedColumns()).containsExactly("id");
        assertThat(fk.foreignKey().onDelete()).contains("SET NULL");
        assertThat(fk.foreignKey().onUpdate()).contains("CASCADE");
    }

    @Test
    void postgresValidateConstraintNamesTheConstraint() {
        assertThat(only("ALTER TABLE \"Post\" VALIDATE CONSTRAINT \"Post_views_check\";", Dialect.POSTGRESQL))
                .isEqualTo(new ValidateConstraint("Post", "Post_views_check"));
    }

    @Test
    void postgresUsingIndexAttachesAnExistingIndex() {
        assertThat(only("ALTER TABLE \"User\" ADD CONSTRAINT \"User_email_key\" UNIQUE USING INDEX \"User_email_idx\";",
                Dialect.POSTGRESQL)).isEqualTo(new AttachIndex("User", Optional.of("User_email_key"), "User_email_idx",
                false));
        assertThat(only("ALTER TABLE \"T\" ADD CONSTRAINT \"T_pkey\" PRIMARY KEY USING INDEX \"T_id_idx\";",
                Dialect.POSTGRESQL)).isEqualTo(new AttachIndex("T", Optional.of("T_pkey"), "T_id_idx", true));
    }

    @Test
    void mysqlOnlineDdlClausesKeepTheirValues() {
        assertThat(changes("ALTER TABLE `User` ADD COLUMN `a` INT NULL, ALGORITHM=INPLACE, LOCK = NONE;", Dialect.MYSQL))
                .contains(new Other("ALGORITHM=INPLACE", Optional.of("User")), new Other("LOCK=NONE", Optional.of("User")));
    }

    @Test
    void postgresSetDataTypeIsATypeChangeNotASetClause() {
        ModifyColumn mc = (ModifyColumn) only(
                "ALTER TABLE \"Post\" ALTER COLUMN \"title\" SET DATA TYPE VARCHAR(200);", Dialect.POSTGRESQL);

        assertThat(mc.column()).isEqualTo("title");
        assertThat(mc.newType()).hasValueSatisfying(t -> {
            assertThat(t.name()).isEqualTo("VARCHAR");
            assertThat(t.length()).hasValue(200);
        });
    }

    @Test
    void postgresTypeUsingKeepsTheTargetTypeAndTheExpression() {
        ModifyColumn mc = (ModifyColumn) only("ALTER TABLE \"User\" ALTER COLUMN \"role\" TYPE \"Role_new\" "
                + "USING (\"role\"::text::\"Role_new\");", Dialect.POSTGRESQL);

        ColumnAlteration.SetType st = (ColumnAlteration.SetType) mc.alteration();
        assertThat(st.type().name()).isEqualTo("Role_new");
        assertThat(st.type().userDefined()).isTrue();
        assertThat(st.using()).hasValueSatisfying(u -> assertThat(u).contains("::text::"));
    }

    @Test
    void postgresColumnPropertyClausesLowerOneByOne() {
        List<Change> changes = changes("ALTER TABLE \"Post\" ALTER COLUMN \"a\" SET NOT NULL, "
                + "ALTER COLUMN \"b\" DROP NOT NULL, ALTER COLUMN \"c\" SET DEFAULT 3, ALTER COLUMN \"d\" DROP DEFAULT;",
                Dialect.POSTGRESQL);

        assertThat(changes).extracting(c -> ((ModifyColumn) c).alteration().getClass().getSimpleName())
                .containsExactly("SetNotNull", "DropNotNull", "SetDefault", "DropDefault");
    }

    @Test
    void changeWithANewNameIsARenameAndARedefinition() {
        List<Change> changes = changes("ALTER TABLE `User` CHANGE `name` `fullName` VARCHAR(191) NOT NULL;",
                Dialect.MYSQL);

        assertThat(changes.get(0)).isEqualTo(new RenameColumn("User", "name", "fullName"));
        assertThat(((ModifyColumn) changes.get(1)).column()).isEqualTo("fullName");
    }

    @Test
    void renamesOfTablesColumnsAndIndexesInBothDialects() {
        assertThat(only("RENAME TABLE `a` TO `b`;", Dialect.MYSQL)).isEqualTo(new RenameTable("a", "b"));
        assertThat(only("ALTER TABLE \"a\" RENAME TO \"b\";", Dialect.POSTGRESQL)).isEqualTo(new RenameTable("a", "b"));
        assertThat(only("ALTER TABLE `t` RENAME COLUMN `a` TO `b`;", Dialect.MYSQL))
                .isEqualTo(new RenameColumn("t", "a", "b"));
        assertThat(only("ALTER TABLE `t` RENAME INDEX `a` TO `b`;", Dialect.MYSQL))
                .isEqualTo(new RenameIndex(Optional.of("t"), "a", "b"));
        assertThat(only("ALTER INDEX \"a\" RENAME TO \"b\";", Dialect.POSTGRESQL))
                .isEqualTo(new RenameIndex(Optional.empty(), "a", "b"));
    }

    @Test
    void indexStatementsInBothDialects() {
        AddIndex unique = (AddIndex) only("CREATE UNIQUE INDEX `User_email_key` ON `User`(`email`);", Dialect.MYSQL);
        assertThat(unique.index().kind()).isEqualTo(IndexKind.UNIQUE);
        assertThat(unique.index().columns()).containsExactly("email");

        AddIndex concurrent = (AddIndex) only("CREATE INDEX CONCURRENTLY \"i\" ON \"User\" USING GIN (\"data\");",
                Dialect.POSTGRESQL);
        assertThat(concurrent.concurrently()).isTrue();
        assertThat(concurrent.index().columns()).containsExactly("data");

        assertThat(only("DROP INDEX `x` ON `User`;", Dialect.MYSQL))
                .isEqualTo(new DropIndex(Optional.of("User"), "x", false));
        assertThat(only("DROP INDEX CONCURRENTLY IF EXISTS \"x\";", Dialect.POSTGRESQL))
                .isEqualTo(new DropIndex(Optional.empty(), "x", true));
    }

    @Test
    void postgresEnumTypesAreUnderstood() {
        assertThat(only("CREATE TYPE \"Role\" AS ENUM ('USER', 'ADMIN');", Dialect.POSTGRESQL))
                .isEqualTo(new CreateEnumType("Role", List.of("USER", "ADMIN")));
        assertThat(only("ALTER TYPE \"Role\" ADD VALUE 'MOD' BEFORE 'ADMIN';", Dialect.POSTGRESQL))
                .isEqualTo(new AlterEnumType("Role", new EnumAlteration.AddValue("MOD", Optional.of("ADMIN"),
                        Optional.empty())));
        assertThat(only("ALTER TYPE \"Role\" RENAME TO \"Role_old\";", Dialect.POSTGRESQL))
                .isEqualTo(new AlterEnumType("Role", new EnumAlteration.RenameType("Role_old")));
        assertThat(only("DROP TYPE \"Role_old\";", Dialect.POSTGRESQL)).isEqualTo(new DropType("Role_old"));
        assertThat(changes("DROP TYPE IF EXISTS \"A\", \"B\" CASCADE;", Dialect.POSTGRESQL))
                .containsExactly(new DropType("A", true), new DropType("B", true));
    }

    @Test
    void postgresFoldsUnquotedNamesAndKeepsQuotedOnes() {
        AddColumn add = (AddColumn) only("ALTER TABLE Public.UserAccount ADD COLUMN \"camelCase\" INT;",
                Dialect.POSTGRESQL);
        assertThat(add.table()).isEqualTo("useraccount");
        assertThat(add.column().name()).isEqualTo("camelCase");
    }

    @Test
    void mysqlSchemaQualifiedNamesAndDoubleQuotedStrings() {
        Change c = only("ALTER TABLE `shop`.`orders` COMMENT \"customer orders\";", Dialect.MYSQL);
        assertThat(c).isInstanceOf(Other.class);
        assertThat(((Other) c).table()).contains("orders");
    }

    @Test
    void dropConstraintIsLeftForTheSchemaToResolve() {
        assertThat(only("ALTER TABLE \"Post\" DROP CONSTRAINT \"Post_authorId_fkey\";", Dialect.POSTGRESQL))
                .isEqualTo(new DropConstraint("Post", "Post_authorId_fkey"));
    }

    @Test
    void notValidForeignKeysParseAndAreMarked() {
        AddForeignKey fk = (AddForeignKey) only("ALTER TABLE \"Post\" ADD CONSTRAINT \"f\" FOREIGN KEY (\"a\") "
                + "REFERENCES \"User\"(\"id\") NOT VALID;", Dialect.POSTGRESQL);
        assertThat(fk.notValid()).isTrue();
    }

    @Test
    void dataStatementsNameTheirTableAndCondition() {
        DataChange update = (DataChange) only("UPDATE `User` SET `name` = \"x\" WHERE `name` IS NULL;",
                Dialect.MYSQL);
        assertThat(update.kind()).isEqualTo(DataChange.Kind.UPDATE);
        assertThat(update.table()).isEqualTo("User");
        assertThat(update.setColumns()).containsExactly("name");
        assertThat(update.where()).isPresent();

        DataChange delete = (DataChange) only("DELETE FROM \"User\";", Dialect.POSTGRESQL);
        assertThat(delete.where()).isEmpty();
        assertThat(only("TRUNCATE TABLE `User`;", Dialect.MYSQL))
                .isEqualTo(new DataChange(DataChange.Kind.TRUNCATE, "User", List.of(), Optional.empty()));
    }

    @Test
    void transactionControlIsUnderstoodInBothDialects() {
        assertThat(changes("BEGIN; COMMIT;", Dialect.POSTGRESQL)).containsExactly(
                new Transaction(Transaction.Kind.BEGIN), new Transaction(Transaction.Kind.COMMIT));
        assertThat(only("START TRANSACTION;", Dialect.MYSQL)).isEqualTo(new Transaction(Transaction.Kind.BEGIN));
    }

    @Test
    void aParseErrorPointsAtTheOffendingTokenOnItsOwnLine() {
        List<LoweredChange> lowered = lower("SELECT 1;\nALTER TABLE `User`\n  DROP COLUM `name`;\n", Dialect.MYSQL);

        LoweredChange error = lowered.get(lowered.size() - 1);
        assertThat(error.change()).isInstanceOf(Unparsed.class);
        assertThat(((Unparsed) error.change()).problem()).contains("unexpected `name`");
        assertThat(error.span().line()).isEqualTo(3);
        assertThat(error.span().column()).isEqualTo(14);
    }

    @Test
    void rewrittenSpellingsKeepErrorPositionsTrue() {
        // DROP FOREIGN KEY is rewritten before parsing; the error after it must still point at the right column
        List<LoweredChange> lowered = lower("ALTER TABLE `t` DROP FOREIGN KEY `f`, DROP COLUM `x`;", Dialect.MYSQL);

        assertThat(lowered).hasSize(1);
        assertThat(lowered.get(0).change()).isInstanceOf(Unparsed.class);
        assertThat(lowered.get(0).span().column()).isEqualTo(50);
    }

    @Test
    void routineBodiesAndExtensionsAreAcceptedWithoutParsingTheirInsides() {
        List<Change> changes = changes("""
                CREATE EXTENSION IF NOT EXISTS "pgcrypto";
                CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$
                BEGIN NEW."updatedAt" = now(); RETURN NEW; END;
                $$ LANGUAGE plpgsql;
                """, Dialect.POSTGRESQL);

        assertThat(changes).allSatisfy(c -> assertThat(c).isInstanceOf(Other.class));
    }
}
