package dev.migralint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.change.AddForeignKey;
import dev.migralint.change.AddIndex;
import dev.migralint.change.ColumnAlteration;
import dev.migralint.change.ColumnDef;
import dev.migralint.change.CreateTable;
import dev.migralint.change.DataType;
import dev.migralint.change.DropColumn;
import dev.migralint.change.DropConstraint;
import dev.migralint.change.DropForeignKey;
import dev.migralint.change.DropIndex;
import dev.migralint.change.DropPrimaryKey;
import dev.migralint.change.ForeignKeyDef;
import dev.migralint.change.IndexDef;
import dev.migralint.change.IndexKind;
import dev.migralint.change.ModifyColumn;
import dev.migralint.change.RenameColumn;
import dev.migralint.change.RenameTable;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaTest {
    private Schema schema;

    @BeforeEach
    void userAndPost() {
        schema = new Schema(NameRules.MYSQL);
        schema.apply(new CreateTable("User", List.of(
                ColumnDef.of("id", DataType.named("INT")).withNullable(false),
                ColumnDef.of("email", DataType.named("VARCHAR", "191")).withNullable(false)),
                List.of(new IndexDef(Optional.of("User_email_key"), List.of("email"), IndexKind.UNIQUE)),
                List.of("id"), Optional.empty(), List.of(), false));
        schema.apply(new CreateTable("Post", List.of(
                ColumnDef.of("id", DataType.named("INT")),
                ColumnDef.of("authorId", DataType.named("INT"))),
                List.of(), List.of("id"), Optional.of("Post_pkey"), List.of(), false));
        schema.apply(new AddForeignKey("Post", new ForeignKeyDef(Optional.of("Post_authorId_fkey"),
                List.of("authorId"), "User", List.of("id"), Optional.empty(), Optional.empty()), false));
    }

    @Test
    void primaryKeyColumnsAreNotNull() {
        assertThat(schema.column("Post", "id")).hasValueSatisfying(c -> assertThat(c.nullable()).isFalse());
        assertThat(schema.column("Post", "authorId")).hasValueSatisfying(c -> assertThat(c.nullable()).isTrue());
    }

    @Test
    void mysqlColumnNamesAreCaseInsensitiveButTableNamesAreNot() {
        assertThat(schema.column("User", "EMAIL")).isPresent();
        assertThat(schema.table("user")).isEmpty();
    }

    @Test
    void modifyRedefinesTheWholeColumn() {
        schema.apply(new ModifyColumn("User", "email", new ColumnAlteration.Redefine(
                ColumnDef.of("email", DataType.named("VARCHAR", "255")).withDefault(Optional.of("''")))));
        Column c = schema.column("User", "email").orElseThrow();
        assertThat(c.type().length()).hasValue(255);
        assertThat(c.nullable()).isTrue();
        assertThat(c.defaultValue()).contains("''");
    }

    @Test
    void renamingAColumnFollowsIntoIndexesAndReferencingForeignKeys() {
        schema.apply(new RenameColumn("User", "id", "userId"));
        assertThat(schema.table("User").orElseThrow().primaryKey()).containsExactly("userId");
        assertThat(schema.table("Post").orElseThrow().foreignKey("Post_authorId_fkey").orElseThrow()
                .referencedColumns()).containsExactly("userId");
    }

    @Test
    void renamingATableFollowsIntoForeignKeys() {
        schema.apply(new RenameTable("User", "Account"));
        assertThat(schema.table("User")).isEmpty();
        assertThat(schema.foreignKeysReferencing("Account")).hasSize(1);
    }

    @Test
    void droppingAColumnDropsItsIndexesAndForeignKeys() {
        schema.apply(new DropColumn("User", "email"));
        schema.apply(new DropColumn("Post", "authorId"));
        assertThat(schema.table("User").orElseThrow().indexes()).isEmpty();
        assertThat(schema.table("Post").orElseThrow().foreignKeys()).isEmpty();
    }

    @Test
    void dropConstraintResolvesToWhatTheSchemaKnows() {
        assertThat(schema.resolve(new DropConstraint("Post", "Post_authorId_fkey")))
                .isEqualTo(new DropForeignKey("Post", "Post_authorId_fkey"));
        assertThat(schema.resolve(new DropConstraint("User", "User_email_key")))
                .isEqualTo(new DropIndex(Optional.of("User"), "User_email_key", false));
        assertThat(schema.resolve(new DropConstraint("Post", "Post_pkey"))).isEqualTo(new DropPrimaryKey("Post"));
        assertThat(schema.resolve(new DropConstraint("Post", "unknown")))
                .isEqualTo(new DropConstraint("Post", "unknown"));
    }

    @Test
    void postgresDropIndexFindsTheTableByIndexName() {
        schema.apply(new AddIndex("Post", new IndexDef(Optional.of("Post_authorId_idx"), List.of("authorId"),
                IndexKind.PLAIN), false));
        assertThat(schema.tableOfIndex("Post_authorId_idx")).hasValueSatisfying(t ->
                assertThat(t.name()).isEqualTo("Post"));
        schema.apply(new DropIndex(Optional.empty(), "Post_authorId_idx", false));
        assertThat(schema.tableOfIndex("Post_authorId_idx")).isEmpty();
    }

    @Test
    void changesToUnknownTablesAreIgnoredNotFatal() {
        schema.apply(new DropColumn("Nope", "x"));
        schema.apply(new RenameColumn("Nope", "a", "b"));
        assertThat(schema.tables()).hasSize(2);
    }
}
