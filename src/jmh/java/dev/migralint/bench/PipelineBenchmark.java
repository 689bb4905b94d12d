package dev.migralint.bench;

import dev.migralint.lint.Lint;
import dev.migralint.lint.LintOptions;
import dev.migralint.rule.ChangeAt;
import dev.migralint.rule.Engine;
import dev.migralint.rule.Finding;
import dev.migralint.rule.MigrationChanges;
import dev.migralint.rules.BuiltInRules;
import dev.migralint.source.Dialect;
import dev.migralint.source.Discovery;
import dev.migralint.source.History;
import dev.migralint.source.LineMap;
import dev.migralint.source.Migration;
import dev.migralint.source.SplitResult;
import dev.migralint.source.StatementSplitter;
import dev.migralint.sql.LoweredChange;
import dev.migralint.sql.StatementLowering;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.StringProvider;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Warm, single-threaded throughput of the lint pipeline against JSqlParser alone, in statements per second (the
 * {@code statements} line of each result; JMH's own ops/s counts passes over the whole history).
 *
 * <ul>
 *   <li>{@code parserFresh}: JSqlParser alone, a new {@code CCJSqlParser} per statement (as most callers use it);</li>
 *   <li>{@code parserReInit}: JSqlParser alone, one parser re-initialised per statement (what Migralint does);</li>
 *   <li>{@code split}: our statement splitter alone;</li>
 *   <li>{@code pipeline}: split + parse + lower + replay with every built-in rule, all on the calling thread;</li>
 *   <li>{@code linter}: {@link Lint#run}, the entry point the CLI calls, on the texts: the same plus the file
 *       threads, the bounded-time parse worker hand-off, finding texts and suppressions.</li>
 * </ul>
 *
 * The history is a Prisma migrations folder ({@code -p history=DIR}); .ci/jmh passes the bundled test histories
 * and a generated one.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3) // JSqlParser's parse methods compile late: a shorter warm-up measured the interpreter
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class PipelineBenchmark {
    @Param({"testdata/histories/saas-mysql", "testdata/histories/shop-postgresql"})
    public String history;

    private Dialect dialect;
    private List<Migration> migrations;
    private List<String> texts;
    private List<String> statements;
    private Engine engine;
    private LintOptions options;

    /** Counts statements so that JMH reports their rate next to the rate of whole passes. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Statements {
        public long statements;
    }

    @Setup(Level.Trial)
    public void load() throws Exception {
        History h = new Discovery(Path.of(""), Optional.empty()).discover(List.of(Path.of(history))).get(0);
        dialect = h.dialect();
        texts = new ArrayList<>();
        statements = new ArrayList<>();
        migrations = new ArrayList<>();
        for (Migration m : h.migrations()) {
            String text = read(m.file());
            texts.add(text);
            migrations.add(Migration.ofText(m.name(), m.displayPath(), text));
            StatementSplitter.split(text, dialect).statements().forEach(st -> statements.add(st.text()));
        }
        engine = new Engine(BuiltInRules.create());
        options = LintOptions.of(BuiltInRules.create());
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Benchmark
    public void parserFresh(Statements count, Blackhole bh) {
        for (String sql : statements) {
            CCJSqlParser parser = new CCJSqlParser(new StringProvider(sql));
            if (dialect == Dialect.MYSQL) {
                parser.withDialect(AbstractJSqlParser.Dialect.MYSQL);
            }
            bh.consume(parseOrNull(parser));
        }
        count.statements += statements.size();
    }

    @Benchmark
    public void parserReInit(Statements count, Blackhole bh) {
        CCJSqlParser parser = new CCJSqlParser(new StringProvider(""));
        if (dialect == Dialect.MYSQL) {
            parser.withDialect(AbstractJSqlParser.Dialect.MYSQL);
        }
        for (String sql : statements) {
            parser.ReInit(new StringProvider(sql));
            bh.consume(parseOrNull(parser));
        }
        count.statements += statements.size();
    }

    private static Object parseOrNull(CCJSqlParser parser) {
        try {
            return parser.Statement();
        } catch (ParseException | RuntimeException | Error e) {
            return null; // rejected statements cost a parse too; Migralint's recognisers handle them
        }
    }

    @Benchmark
    public void split(Statements count, Blackhole bh) {
        for (String text : texts) {
            bh.consume(StatementSplitter.split(text, dialect));
        }
        count.statements += statements.size();
    }

    @Benchmark
    public List<Finding> pipeline(Statements count) {
        StatementLowering lowering = new StatementLowering(dialect);
        List<MigrationChanges> lowered = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            SplitResult split = StatementSplitter.split(text, dialect);
            List<ChangeAt> changes = new ArrayList<>();
            List<List<LoweredChange>> statementChanges = lowering.lowerAll(split.statements(), LineMap.of(text));
            for (int k = 0; k < statementChanges.size(); k++) {
                for (LoweredChange lc : statementChanges.get(k)) {
                    changes.add(new ChangeAt(lc.change(), lc.span(), split.statements().get(k)));
                }
            }
            Migration m = migrations.get(i);
            lowered.add(new MigrationChanges(m.name(), m.displayPath(), true, changes));
        }
        count.statements += statements.size();
        return engine.run(dialect, lowered);
    }

    @Benchmark
    public Object linter(Statements count) throws Exception {
        count.statements += statements.size();
        return Lint.run(List.of(new History(history, dialect, migrations)), options);
    }
}
