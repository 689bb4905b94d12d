package dev.migralint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migralint.change.DataType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeComparisonTest {
    private static final TypeComparison MYSQL = new TypeComparison(false, name -> Optional.empty());
    private static final TypeComparison PG = new TypeComparison(true, name -> Optional.ofNullable(Map.of(
            "Role", List.of("USER", "ADMIN"),
            "Role_more", List.of("USER", "ADMIN", "MOD"),
            "Role_less", List.of("USER")).get(name)));

    @ParameterizedTest(name = "mysql {0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "VARCHAR(100)        | VARCHAR(255)          | WIDENING",
            "VARCHAR(500)        | VARCHAR(200)          | LOSSY",
            "INT                 | BIGINT                | WIDENING",
            "BIGINT              | INT                   | LOSSY",
            "INT                 | INT UNSIGNED          | LOSSY",
            "INT UNSIGNED        | BIGINT                | WIDENING",
            "INT UNSIGNED        | INT                   | LOSSY",
            "DECIMAL(10,2)       | DECIMAL(8,2)          | LOSSY",
            "DECIMAL(10,2)       | DECIMAL(10,1)         | LOSSY",
            "DECIMAL(10,2)       | DECIMAL(12,3)         | WIDENING",
            "INT                 | DECIMAL(12,2)         | WIDENING",
            "TEXT                | VARCHAR(255)          | LOSSY",
            "VARCHAR(255)        | TEXT                  | WIDENING",
            "VARCHAR(20000)      | TEXT                  | LOSSY",
            "TEXT                | MEDIUMTEXT            | WIDENING",
            "ENUM('A','B')       | ENUM('A','B','C')     | WIDENING",
            "ENUM('A','B','C')   | ENUM('A','C')         | LOSSY",
            "ENUM('A','B')       | ENUM('B','A')         | WIDENING",
            "ENUM('A','B')       | ENUM('X','A','B')     | WIDENING",
            "ENUM('A','B')       | ENUM('B')             | LOSSY",
            "FLOAT               | DOUBLE                | WIDENING",
            "DOUBLE              | FLOAT                 | LOSSY",
            "DATETIME(3)         | DATETIME              | LOSSY",
            "DATETIME            | DATE                  | LOSSY",
            "DATE                | DATETIME(3)           | WIDENING",
            "DATETIME            | TIMESTAMP             | LOSSY",
            "VARCHAR(191)        | INT                   | LOSSY",
            "JSON                | VARCHAR(191)          | LOSSY",
            "JSON                | LONGTEXT              | WIDENING",
            "INT(11)             | INTEGER               | SAME",
            "BOOLEAN             | TINYINT(1)            | SAME",
            "VARCHAR(191)        | VARCHAR(191)          | SAME",
            "DECIMAL(10)         | DECIMAL(10,0)         | SAME",
            "VARCHAR(10) CHARACTER SET utf8mb4 | VARCHAR(10) CHARACTER SET latin1 | LOSSY",
            "VARBINARY(16)       | VARCHAR(16)           | LOSSY",
            "INT                 | VARCHAR(20)           | WIDENING",
            "DECIMAL(10,2)       | DECIMAL(10,2) UNSIGNED | LOSSY",
            "DOUBLE              | DOUBLE UNSIGNED       | LOSSY",
            "BIT(8)              | BIT(4)                | LOSSY",
            "BIT(4)              | BIT(8)                | WIDENING",
            "INT                 | VARCHAR(5)            | LOSSY",
            "BIGINT              | VARCHAR(30)           | WIDENING",
            "DATETIME(3)         | VARCHAR(30)           | WIDENING",
            "DATETIME(3)         | VARCHAR(10)           | LOSSY",
    })
    void mysql(String before, String after, TypeComparison.Kind kind) {
        assertThat(MYSQL.compare(DataType.parse(before), DataType.parse(after)).kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "postgresql {0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "VARCHAR(500)        | VARCHAR(200)          | LOSSY",
            "VARCHAR(191)        | TEXT                  | WIDENING",
            "TEXT                | VARCHAR(1000)         | LOSSY",
            "INTEGER             | BIGINT                | WIDENING",
            "DECIMAL(65,30)      | DECIMAL(10,2)         | LOSSY",
            "DECIMAL(10,2)       | NUMERIC               | WIDENING",
            "TIMESTAMP(3)        | TIMESTAMPTZ(3)        | WIDENING",
            "TIMESTAMP(6)        | TIMESTAMP(3)          | LOSSY",
            "TEXT                | INTEGER               | LOSSY",
            "TEXT[]              | TEXT                  | LOSSY",
            "JSONB               | JSON                  | WIDENING",
            "JSON                | JSONB                 | WIDENING",
            "TIMESTAMPTZ(3)      | TIMESTAMP(3) WITH TIME ZONE | SAME",
            "TIME(6) WITH TIME ZONE | TIMETZ(6)          | SAME",
            "\"Role\"            | \"Role_more\"         | WIDENING",
            "\"Role\"            | \"Role_less\"         | LOSSY",
    })
    void postgresql(String before, String after, TypeComparison.Kind kind) {
        assertThat(PG.compare(DataType.parse(before), DataType.parse(after)).kind()).isEqualTo(kind);
    }
}
