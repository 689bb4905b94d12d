package dev.migralint.change;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataTypeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "INTEGER | INT", "int4 | INT", "CHARACTER VARYING(20) | VARCHAR", "DOUBLE PRECISION | DOUBLE",
            "NUMERIC(10,2) | DECIMAL", "BIGSERIAL | BIGINT", "timestamp without time zone | TIMESTAMP"})
    void synonymsShareOneName(String written, String canonical) {
        assertThat(DataType.parse(written).name()).isEqualTo(canonical);
    }

    @Test
    void readsArgumentsAndModifiersAsJSqlParserPrintsThem() {
        DataType t = DataType.parse("DECIMAL (10, 2) UNSIGNED");
        assertThat(t.name()).isEqualTo("DECIMAL");
        assertThat(t.length()).hasValue(10);
        assertThat(t.scale()).hasValue(2);
        assertThat(t.unsigned()).isTrue();
    }

    @Test
    void readsCharsetAndCollation() {
        DataType t = DataType.parse("VARCHAR(10) CHARACTER SET latin1 COLLATE latin1_bin");
        assertThat(t.charset()).contains("latin1");
        assertThat(t.collation()).contains("latin1_bin");
        assertThat(DataType.parse("BIGINT UNSIGNED").unsigned()).isTrue();
    }

    @Test
    void enumValuesLoseTheirQuotes() {
        DataType t = DataType.parse("ENUM('A', 'it''s', \"B\")");
        assertThat(t.isEnumLike()).isTrue();
        assertThat(t.args()).containsExactly("A", "it's", "B");
        assertThat(t.sql()).isEqualTo("ENUM('A','it''s','B')");
    }

    @Test
    void quotedNamesAreUserDefinedTypes() {
        DataType t = DataType.parse("\"Role\"");
        assertThat(t.userDefined()).isTrue();
        assertThat(t.name()).isEqualTo("Role");
        assertThat(DataType.parse("TEXT[]").array()).isTrue();
    }

    @Test
    void oddInputNeverThrows() {
        for (String s : new String[] {"", "(", ")", "VARCHAR(", "ENUM('a", "[]", "\"", "a b c d"}) {
            assertThat(DataType.parse(s)).isNotNull();
        }
    }
}
