package dev.migralint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migralint.rule.Category;
import dev.migralint.rule.Finding;
import dev.migralint.rule.Severity;
import dev.migralint.source.Dialect;
import dev.migralint.source.SourceSpan;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FixtureTest {

    private static Fixture parse(String text) {
        return Fixture.parse(Path.of("f.mysql.sql"), Dialect.MYSQL, text.lines().toList());
    }

    private static Finding finding(int line, String rule, Severity severity, String message) {
        return new Finding(rule, severity, Category.DESTRUCTIVE, "f.mysql.sql", new SourceSpan(0, 1, line, 1, line, 2),
                message, "");
    }

    @Test
    void anExpectationMayNameTheSeverityAndAPieceOfTheMessage() {
        Fixture f = parse("""
                DROP TABLE a; -- expect: drop-table
                DROP INDEX i ON b; -- expect: drop-index(warning) "index \\"i\\" is dropped"
                ALTER TABLE c DROP x, DROP y; -- expect: drop-column "`x`", drop-column(error) "`y`" -- two columns
                """);

        assertThat(f.expected()).containsExactly(
                new Fixture.Expected(1, "drop-table"),
                new Fixture.Expected(2, "drop-index", Optional.of(Severity.WARNING),
                        Optional.of("index \"i\" is dropped")),
                new Fixture.Expected(3, "drop-column", Optional.empty(), Optional.of("`x`")),
                new Fixture.Expected(3, "drop-column", Optional.of(Severity.ERROR), Optional.of("`y`")));
        assertThat(f.expected().get(1)).hasToString("2:drop-index(warning) \"index \\\"i\\\" is dropped\"");
    }

    @Test
    void whatCannotBeReadFailsWithItsPlaceInsteadOfPassingAsARemark() {
        assertThatThrownBy(() -> parse("DROP TABLE a; -- expect: drop-table \"unclosed"))
                .hasMessageContaining("f.mysql.sql:1:").hasMessageContaining("closing \"");
        assertThatThrownBy(() -> parse("DROP TABLE a; -- expect: drop-table(fatal)"))
                .hasMessageContaining("(error|warning|info)");
        assertThatThrownBy(() -> parse("DROP TABLE a; -- expect: drop-table (the table goes)"))
                .hasMessageContaining("at '(the table goes)'");
        assertThatThrownBy(() -> parse("DROP TABLE a; -- expect: drop-table drop-index"))
                .hasMessageContaining("wanted ','");
    }

    @Test
    void aRuleNamedTwiceOnALineNeedsTwoFindingsWhateverTheirOrder() {
        Fixture f = parse("ALTER TABLE c DROP x, DROP xy; -- expect: drop-column \"x\", drop-column \"xy\"");

        // greedy pairing would give "x" the finding about xy and leave "xy" without one
        Fixture.Outcome both = f.compare(List.of(finding(1, "drop-column", Severity.ERROR, "column xy is dropped"),
                finding(1, "drop-column", Severity.ERROR, "column x is dropped")));
        Fixture.Outcome one = f.compare(List.of(finding(1, "drop-column", Severity.ERROR, "column x is dropped")));

        assertThat(both.agrees()).isTrue();
        assertThat(one.missing()).extracting(Fixture.Expected::toString).containsExactly("1:drop-column \"xy\"");
        assertThat(one.unexpected()).isEmpty();
    }

    @Test
    void aWrongSeverityOrMessageIsAMissingAndAnUnexpectedFinding() {
        Fixture f = parse("DROP INDEX i ON b; -- expect: drop-index(error) \"is dropped\"");

        Fixture.Outcome outcome = f.compare(List.of(finding(1, "drop-index", Severity.WARNING, "index i is dropped")));

        assertThat(outcome.missing()).extracting(Fixture.Expected::toString)
                .containsExactly("1:drop-index(error) \"is dropped\"");
        assertThat(outcome.unexpected()).extracting(Fixture::describe)
                .containsExactly("1:drop-index(warning) \"index i is dropped\"");
    }

    @Test
    void aRulesLineComparesOnlyTheRulesItNamesOrAllButThose() {
        Fixture f = parse("""
                -- rules: drop-column
                ALTER TABLE c DROP x; -- expect: drop-column
                """);

        Fixture.Outcome outcome = f.compare(List.of(finding(2, "drop-column", Severity.ERROR, "column x is dropped"),
                finding(2, "table-rebuild", Severity.WARNING, "rebuilds c")));

        assertThat(outcome.agrees()).isTrue();
        Fixture allBut = parse("-- rules: all but table-rebuild\nALTER TABLE c DROP x; -- expect: drop-column");
        assertThat(allBut.compare(List.of(finding(2, "drop-column", Severity.ERROR, "column x is dropped"),
                finding(2, "table-rebuild", Severity.WARNING, "rebuilds c"))).agrees()).isTrue();
        assertThat(allBut.compare(List.of(finding(2, "drop-column", Severity.ERROR, "column x is dropped"),
                finding(2, "drop-index", Severity.WARNING, "index i is dropped"))).unexpected()).hasSize(1);
        assertThatThrownBy(() -> parse("-- rules: drop-column\nDROP TABLE a; -- expect: drop-table"))
                .hasMessageContaining("f.mysql.sql:2: expects drop-table");
        assertThatThrownBy(() -> parse("DROP TABLE a;\n-- rules: drop-table"))
                .hasMessageContaining("before the first statement");
    }

    @Test
    void suppressedFindingsAreNotCompared() {
        Fixture f = parse("DROP TABLE a; -- ok: acknowledged");

        Fixture.Outcome outcome = f.compare(List.of(
                finding(1, "drop-table", Severity.ERROR, "table a is dropped").withSuppression("on purpose")));

        assertThat(outcome.agrees()).isTrue();
    }
}
