package dev.migralint.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.change.CheckCondition;
import dev.migralint.change.CheckCondition.And;
import dev.migralint.change.CheckCondition.Comparison;
import dev.migralint.change.CheckCondition.IsNull;
import dev.migralint.change.CheckCondition.Not;
import dev.migralint.change.CheckCondition.Opaque;
import dev.migralint.change.CheckCondition.Operand;
import dev.migralint.change.CheckCondition.Or;
import dev.migralint.source.Dialect;
import org.junit.jupiter.api.Test;

class CheckConditionReaderTest {

    private static CheckCondition read(String afterCheck, Dialect dialect) {
        return new CheckConditionReader(afterCheck, dialect).read(SqlTokens.of(afterCheck, dialect));
    }

    @Test
    void readsNullTestsAndConnectivesByPrecedence() {
        assertThat(read("(\"a\" IS NULL OR NOT \"b\" IS NOT NULL AND c > 0) NOT VALID", Dialect.POSTGRESQL))
                .isEqualTo(new Or(new IsNull("a", false), new And(new Not(new IsNull("b", true)),
                        new Comparison(new Operand.ColumnRef("c"), new Operand.Value("0")))));
    }

    @Test
    void readsParenthesesAndComparisonsOfSingleValues() {
        assertThat(read("((`a` <> 'x') AND (b IS NULL))", Dialect.MYSQL)).isEqualTo(new And(
                new Comparison(new Operand.ColumnRef("a"), new Operand.Value("'x'")), new IsNull("b", false)));
        assertThat(read("(a != NULL)", Dialect.MYSQL))
                .isEqualTo(new Comparison(new Operand.ColumnRef("a"), new Operand.NullLiteral()));
    }

    @Test
    void whatItCannotDecideIsOpaque() {
        assertThat(read("(lower(a) = a)", Dialect.POSTGRESQL)).isInstanceOf(Opaque.class);
        assertThat(read("(a <=> NULL)", Dialect.MYSQL)).isInstanceOf(Opaque.class); // null-safe: never unknown
        assertThat(read("(a::text = 'x')", Dialect.POSTGRESQL)).isInstanceOf(Opaque.class);
        assertThat(read("(a IS NULL || b IS NULL)", Dialect.MYSQL)).isInstanceOf(Opaque.class);
        assertThat(read("(a IS NULL) ENFORCED junk", Dialect.MYSQL)).isInstanceOf(Opaque.class);
    }

    @Test
    void betweenAndCaseMakeTheWholeConditionOpaque() {
        // their AND and WHEN are no connectives: splitting there would invent a structure
        assertThat(read("(a IS NULL OR b BETWEEN 1 AND 5)", Dialect.POSTGRESQL)).isInstanceOf(Opaque.class);
        assertThat(read("(CASE WHEN a IS NULL THEN true ELSE b > 0 END)", Dialect.POSTGRESQL))
                .isInstanceOf(Opaque.class);
    }

    @Test
    void mysqlDecidesNotOnlyBeforeParentheses() {
        // HIGH_NOT_PRECEDENCE reads NOT a IS NULL as (NOT a) IS NULL
        assertThat(read("(NOT a IS NULL)", Dialect.MYSQL)).isInstanceOf(Opaque.class);
        assertThat(read("(NOT (a IS NULL))", Dialect.MYSQL)).isEqualTo(new Not(new IsNull("a", false)));
    }

    @Test
    void foldsUnquotedPostgresNames() {
        assertThat(read("(Flag IS NULL)", Dialect.POSTGRESQL)).isEqualTo(new IsNull("flag", false));
    }

    @Test
    void aConditionNestedDeeperThanAnyRealCheckIsNotDecided() {
        String parens = "(" + "(".repeat(1000) + "a > 0" + ")".repeat(1000) + ")";
        String nots = "(" + "NOT ".repeat(1000) + "a IS NULL)";

        assertThat(read(parens, Dialect.POSTGRESQL)).isInstanceOf(CheckCondition.Opaque.class);
        CheckCondition c = read(nots, Dialect.POSTGRESQL);
        int levels = 0;
        while (c instanceof CheckCondition.Not not) {
            c = not.operand();
            levels++;
        }
        assertThat(levels).isLessThanOrEqualTo(32);
        assertThat(c).isInstanceOf(CheckCondition.Opaque.class); // undecided: the CHECK is still reported
        assertThat(read("(((a > 0)))", Dialect.POSTGRESQL)).isInstanceOf(CheckCondition.Comparison.class);
    }
}
