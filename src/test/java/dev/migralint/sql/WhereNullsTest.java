package dev.migralint.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.change.DataChange;
import dev.migralint.change.RowsReached;
import dev.migralint.source.Dialect;
import dev.migralint.source.LineMap;
import dev.migralint.source.Statement;
import dev.migralint.source.StatementSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an UPDATE's or DELETE's WHERE proves about the NULL rows it reaches. */
class WhereNullsTest {

    private static RowsReached reached(String sql, Dialect dialect) {
        Statement st = StatementSplitter.split(sql, dialect).statements().get(0);
        List<LoweredChange> lowered = new StatementLowering(dialect).lower(st, LineMap.of(sql));
        assertThat(lowered).hasSize(1);
        return ((DataChange) lowered.get(0).change()).reached();
    }

    private static List<String> nullColumns(String where) {
        RowsReached r = reached("DELETE FROM `t` WHERE " + where + ";", Dialect.MYSQL);
        assertThat(r.everyRow()).isFalse();
        return r.nullColumns();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "`a` IS NULL                                  | a",
        "a IS NULL OR b IS NULL                       | a b",
        "(a IS NULL OR b IS NULL) OR c IS NULL        | a b c",
        "a IS NULL AND a IS NULL                      | a",
        "NOT (a IS NOT NULL)                          | a",
        "NOT (a IS NOT NULL AND b IS NOT NULL)        | a b",
        "ISNULL(a) OR b IS NULL                       | a b",
        "t.a IS NULL                                  | a",
    })
    void aConditionReachesTheNullsOfTheColumnsItProves(String where, String columns) {
        assertThat(nullColumns(where)).containsExactlyInAnyOrder(columns.split(" "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a IS NOT NULL",
        "a IS NULL AND b > 0",
        "a IS NULL AND b IS NULL",
        "RAND() > 0.5",
        "id < 100",
        "a = ''",
        "NOT (a = 1)",
        "NOT (a IS NULL)",
        "a IS NULL XOR b IS NULL",
        "COALESCE(a, 0) = 0",
    })
    void aConditionThatProvesNothingReachesNoNullForSure(String where) {
        assertThat(nullColumns(where)).isEmpty();
    }

    @Test
    void withoutWhereEveryRowIsReached() {
        assertThat(reached("UPDATE \"User\" SET \"name\" = 'x';", Dialect.POSTGRESQL)).isEqualTo(RowsReached.EVERY_ROW);
        assertThat(reached("DELETE FROM `User`;", Dialect.MYSQL)).isEqualTo(RowsReached.EVERY_ROW);
        assertThat(reached("TRUNCATE TABLE `User`;", Dialect.MYSQL)).isEqualTo(RowsReached.EVERY_ROW);
    }

    @Test
    void postgresNamesFoldAndQuotedNamesStay() {
        assertThat(reached("UPDATE \"User\" SET \"Name\" = 'x' WHERE \"Name\" IS NULL OR Email IS NULL;",
                Dialect.POSTGRESQL).nullColumns()).containsExactlyInAnyOrder("Name", "email");
    }

    @Test
    void aJoinFromOrLimitLeavesRowsTheWhereMatchesUntouched() {
        assertThat(reached("UPDATE `User` SET `name` = 'x' WHERE `name` IS NULL LIMIT 10;", Dialect.MYSQL))
                .isEqualTo(RowsReached.NONE_FOR_SURE);
        assertThat(reached("UPDATE `User` u JOIN `Team` t ON t.id = u.teamId SET u.name = t.name "
                + "WHERE u.name IS NULL;", Dialect.MYSQL)).isEqualTo(RowsReached.NONE_FOR_SURE);
        assertThat(reached("UPDATE \"User\" SET \"name\" = t.name FROM \"Team\" t WHERE \"User\".\"name\" IS NULL;",
                Dialect.POSTGRESQL)).isEqualTo(RowsReached.NONE_FOR_SURE);
        assertThat(reached("DELETE FROM `User` WHERE `name` IS NULL LIMIT 10;", Dialect.MYSQL))
                .isEqualTo(RowsReached.NONE_FOR_SURE);
    }

    @Test
    void anInsertReachesNoExistingRow() {
        assertThat(reached("INSERT INTO `User` (`name`) VALUES ('x');", Dialect.MYSQL))
                .isEqualTo(RowsReached.NONE_FOR_SURE);
    }
}
