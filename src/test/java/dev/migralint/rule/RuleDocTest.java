package dev.migralint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleDocTest {
    private static final RuleInfo DROP = RuleInfo.of("drop-column", Category.DESTRUCTIVE, Severity.ERROR, "Drops");

    @Test
    void theHeaderIsTheIdThenCategoryAndDefaultSeverity() {
        assertThat(RuleDoc.of(DROP, "Flags a drop.\n")).isEqualTo(
                "# drop-column\n\n**Category:** destructive  \u00b7  **Default severity:** error\n\nFlags a drop.\n");
    }

    @Test
    void aRuleOfSomeDatabasesNamesThemInItsHeader() {
        RuleInfo info = RuleInfo.of("table-rebuild", Category.LOCKING, Severity.WARNING, "Rebuilds")
                .targeting("MySQL and MariaDB");
        assertThat(RuleDoc.header(info)).isEqualTo("# table-rebuild\n\n**Category:** locking  \u00b7  "
                + "**Default severity:** warning  \u00b7  **Targets:** MySQL and MariaDB\n\n");
        assertThat(info.targets()).isEqualTo("MySQL and MariaDB");
        assertThat(DROP.targets()).isEmpty();
    }

    @Test
    void aDocWithATitleOfItsOwnIsTakenAsItIsSoNoHeaderIsPrintedTwice() {
        String handWritten = "# drop-column\n\n**Category:** destructive\n\nFlags a drop.\n";
        assertThat(RuleDoc.of(DROP, handWritten)).isEqualTo(handWritten);
        assertThat(RuleDoc.of(DROP, "# Dropping columns\n\nFlags a drop.\n")).doesNotContain("**Category:**");
    }

    @Test
    void aBodyThatOpensWithASubheadingStillGetsTheHeader() {
        assertThat(RuleDoc.of(DROP, "## Why\n\nData is lost.\n")).startsWith(RuleDoc.header(DROP))
                .endsWith("## Why\n\nData is lost.\n");
    }
}
