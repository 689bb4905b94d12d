package dev.migralint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.change.Change;
import dev.migralint.change.ColumnDef;
import dev.migralint.change.CreateTable;
import dev.migralint.change.DataType;
import dev.migralint.change.DropColumn;
import dev.migralint.change.DropTable;
import dev.migralint.change.RenameTable;
import dev.migralint.source.Comment;
import dev.migralint.source.Dialect;
import dev.migralint.source.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineTest {
    private static final SourceSpan AT = new SourceSpan(0, 1, 1, 1, 1, 2);

    /** Records what it was shown, to see the engine's view of the world from inside a rule. */
    private static final class Recorder implements Rule {
        final List<String> seen = new ArrayList<>();

        @Override
        public RuleInfo info() {
            return RuleInfo.of("recorder", Category.HYGIENE, Severity.INFO, "records");
        }

        @Override
        public void check(Change change, RuleContext ctx) {
            if (change instanceof DropTable d) {
                seen.add(d.table() + " created here=" + ctx.createdInThisMigration(d.table())
                        + " known=" + ctx.schema().table(d.table()).isPresent());
                ctx.report("drop " + d.table(), "");
            }
            if (change instanceof DropColumn d) {
                seen.add(d.column() + " added here=" + ctx.columnAddedInThisMigration(d.table(), d.column()));
            }
        }
    }

    private static CreateTable table(String name) {
        return new CreateTable(name, List.of(ColumnDef.of("id", DataType.named("INT"))), List.of(), List.of(),
                Optional.empty(), List.of(), false);
    }

    private static MigrationChanges migration(String name, boolean reported, Change... changes) {
        return new MigrationChanges(name, name + ".sql", reported,
                List.of(changes).stream().map(c -> new ChangeAt(c, AT)).toList());
    }

    @Test
    void rulesSeeTheSchemaBeforeEachChangeAndWhatTheMigrationCreated() {
        Recorder recorder = new Recorder();
        List<Finding> findings = new Engine(List.of(recorder)).run(Dialect.MYSQL, List.of(
                migration("1", true, table("A")),
                migration("2", true, table("B"), new RenameTable("B", "C"), new DropTable("C", false),
                        new DropTable("A", false), new DropTable("A", false), new DropColumn("C", "id"))));

        assertThat(recorder.seen).containsExactly(
                "C created here=true known=true",
                "A created here=false known=true",
                "A created here=false known=false",
                "id added here=true");
        assertThat(findings).extracting(Finding::file).containsOnly("2.sql");
    }

    @Test
    void contextOnlyMigrationsBuildTheSchemaButReportNothing() {
        Recorder recorder = new Recorder();
        List<Finding> findings = new Engine(List.of(recorder)).run(Dialect.MYSQL, List.of(
                migration("1", false, table("A"), new DropTable("A", false), table("A")),
                migration("2", true, new DropTable("A", false))));

        assertThat(findings).extracting(Finding::message).containsExactly("drop A");
        assertThat(recorder.seen).containsExactly("A created here=false known=true");
    }

    @Test
    void anEngineIsAValueEachRunStartsFromAnEmptySchema() {
        Engine engine = new Engine(List.of(new Recorder()));
        List<MigrationChanges> history = List.of(migration("1", true, table("A")),
                migration("2", true, new DropTable("A", false)));
        assertThat(engine.run(Dialect.MYSQL, history)).isEqualTo(engine.run(Dialect.MYSQL, history));
    }

    @Test
    void aRuleThatThrowsIsReportedWhereItFailedAndTheOthersStillRun() {
        Rule broken = new Rule() {
            @Override
            public RuleInfo info() {
                return RuleInfo.of("broken", Category.HYGIENE, Severity.INFO, "throws");
            }

            @Override
            public void check(Change change, RuleContext ctx) {
                throw new IllegalStateException("boom");
            }
        };
        Recorder recorder = new Recorder();
        List<Finding> findings = new Engine(List.of(broken, recorder)).run(Dialect.MYSQL, List.of(
                migration("1", true, table("A"), new DropTable("A", false))));

        assertThat(findings).extracting(Finding::rule).containsExactlyInAnyOrder("broken", "broken", "recorder");
        assertThat(findings).filteredOn(f -> f.rule().equals("broken"))
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("boom");
                });
    }

    @Test
    void suppressionsAreAppliedBeforeRulesAreAskedAboutThem() {
        Suppression used = new Suppression(new Comment("-- migralint-ignore recorder: on purpose", AT), false,
                List.of("recorder"), "on purpose", Optional.of(AT));
        Suppression idle = new Suppression(new Comment("-- migralint-ignore-file other: no", AT), true,
                List.of("other"), "no", Optional.empty());
        List<String> asked = new ArrayList<>();
        Rule observer = new Rule() {
            @Override
            public RuleInfo info() {
                return RuleInfo.of("observer", Category.HYGIENE, Severity.INFO, "observes suppressions");
            }

            @Override
            public void checkSuppressions(MigrationInfo migration, RuleContext ctx) {
                ctx.suppressions().forEach(s -> asked.add(s.rules() + " silenced=" + ctx.silencedAFinding(s)
                        + " runs=" + s.rules().stream().anyMatch(ctx::runs)));
            }
        };
        List<Finding> findings = new Engine(List.of(new Recorder(), observer)).run(Dialect.MYSQL, List.of(
                migration("1", true, table("A")),
                new MigrationChanges("2", "2.sql", true, List.of(new ChangeAt(new DropTable("A", false), AT)),
                        Optional.empty(), List.of(), List.of(used, idle))));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("recorder");
            assertThat(f.suppression()).contains("on purpose");
        });
        assertThat(asked).containsExactly("[recorder] silenced=true runs=true", "[other] silenced=false runs=false");
    }
}
