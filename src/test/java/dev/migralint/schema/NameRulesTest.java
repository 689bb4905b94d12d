package dev.migralint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameRulesTest {
    private static final List<String> NAMES = List.of("", "a", "A", "ab", "AB", "aB", "abc", "User", "user", "USER",
            "users", "User_email_key", "User_email_idx", "Ärger", "ärger", "ÄRGER", "ärgerlich", "straße", "STRASSE",
            "İd", "id", "i̇d", "Σίσυφος", "ΣΊΣΥΦΟΣ", "a_Ä", "A_ä", "a_Äb", "ab_", "Ab_");

    @Test
    void mysqlNamesCompareLikeTheirLowerCasedCopies() {
        for (String a : NAMES) {
            for (String b : NAMES) {
                boolean expected = a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
                assertThat(NameRules.MYSQL.sameColumn(a, b)).as("%s vs %s", a, b).isEqualTo(expected);
            }
        }
    }

    @Test
    void exactNamesCompareAsWritten() {
        assertThat(NameRules.EXACT.sameColumn("User", "User")).isTrue();
        assertThat(NameRules.EXACT.sameColumn("User", "user")).isFalse();
    }
}
