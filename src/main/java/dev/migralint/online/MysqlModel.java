package dev.migralint.online;

import dev.migralint.change.AddCheck;
import dev.migralint.change.AddColumn;
import dev.migralint.change.AddForeignKey;
import dev.migralint.change.AddIndex;
import dev.migralint.change.AddPrimaryKey;
import dev.migralint.change.Change;
import dev.migralint.change.ColumnAlteration;
import dev.migralint.change.ColumnDef;
import dev.migralint.change.DataType;
import dev.migralint.change.DropColumn;
import dev.migralint.change.DropConstraint;
import dev.migralint.change.DropForeignKey;
import dev.migralint.change.DropIndex;
import dev.migralint.change.DropPrimaryKey;
import dev.migralint.change.DropTable;
import dev.migralint.change.IndexKind;
import dev.migralint.change.InlineReferences;
import dev.migralint.change.ModifyColumn;
import dev.migralint.change.Other;
import dev.migralint.change.RenameColumn;
import dev.migralint.change.RenameIndex;
import dev.migralint.change.RenameTable;
import dev.migralint.online.MysqlVerdict.Algorithm;
import dev.migralint.online.MysqlVerdict.Lock;
import dev.migralint.schema.Column;
import dev.migralint.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The online-DDL model of MySQL 5.7, 8.0, 8.4 and MariaDB 10.x (InnoDB). Sources: MySQL 8.0 Reference Manual
 * 17.12.1 "Online DDL Operations" (the tables for index, primary key, column, foreign key and table operations;
 * 5.7's 14.13.1 for 5.7, where no INSTANT exists), and MariaDB's "InnoDB Online DDL Operations with the INSTANT /
 * NOCOPY / INPLACE Alter Algorithm" pages. The MariaDB 10.11 answers are checked against a real server by
 * ServerObservationsTest (through ModelAgreement).
 */
final class MysqlModel {
    private final Target target;

    MysqlModel(Target target) {
        this.target = target;
    }

    /**
     * One clause and what the server allows for it: INSTANT at all, INPLACE at all (else only COPY), whether INPLACE
     * rebuilds the table, and the least lock INPLACE needs. A clause we cannot judge is {@code unknown}.
     */
    private record Op(String what, boolean instant, boolean inplace, boolean rebuild, Lock lock) {
        static Op metadata(String what) {
            return new Op(what, true, true, false, Lock.NONE);
        }

        static Op inplace(String what, boolean rebuild) {
            return new Op(what, false, true, rebuild, Lock.NONE);
        }

        static Op copy(String what) {
            return new Op(what, false, false, true, Lock.SHARED);
        }
    }

    Optional<Verdict> predict(String table, List<Change> statement, Optional<Table> before) {
        List<Op> ops = new ArrayList<>();
        Optional<String> algorithm = Optional.empty();
        Optional<String> lock = Optional.empty();
        boolean fulltext = before.map(Table::hasFulltextIndex).orElse(false);
        for (Change change : statement) {
            if (change instanceof Other o && o.what().startsWith("ALGORITHM=")) {
                algorithm = Optional.of(o.what().substring("ALGORITHM=".length()));
                continue;
            }
            if (change instanceof Other o && o.what().startsWith("LOCK=")) {
                lock = Optional.of(o.what().substring("LOCK=".length()));
                continue;
            }
            if (!CostModel.isDdl(change)) {
                continue;
            }
            Optional<Op> op = op(change, statement, before, fulltext);
            if (op.isEmpty()) {
                return Optional.empty(); // one clause we cannot judge: no prediction rather than a wrong one
            }
            op.ifPresent(ops::add);
        }
        if (ops.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(combine(table, ops, fulltext, algorithm, lock));
    }

    /** One statement runs with one algorithm: the cheapest that every clause allows. */
    private MysqlVerdict combine(String table, List<Op> ops, boolean fulltext, Optional<String> askedAlgorithm,
                                 Optional<String> askedLock) {
        Algorithm algorithm;
        boolean rebuild;
        Lock lock = Lock.NONE;
        List<String> reasons = new ArrayList<>();
        if (instantExists() && ops.stream().allMatch(Op::instant)) {
            algorithm = Algorithm.INSTANT;
            rebuild = false;
            for (Op op : ops) {
                lock = max(lock, op.lock());
                reasons.add(op.what());
            }
        } else if (ops.stream().allMatch(Op::inplace)) {
            algorithm = Algorithm.INPLACE;
            rebuild = ops.stream().anyMatch(Op::rebuild);
            if (rebuild && fulltext) {
                // rebuilding a table with a FULLTEXT index needs LOCK=SHARED (seen on MariaDB 10.11)
                lock = Lock.SHARED;
                reasons.add("rebuilding a table that has a FULLTEXT index");
            }
            for (Op op : ops) {
                lock = max(lock, op.lock());
                if (rebuild && op.rebuild() && op.instant() && instantExists()) {
                    // instant on its own; the other clauses force INPLACE, and INPLACE rebuilds for it
                    reasons.add(op.what() + " " + MysqlVerdict.INSTANT_ALONE);
                } else if (rebuild ? op.rebuild() : !op.instant() || !instantExists()) {
                    reasons.add(op.what());
                }
            }
        } else {
            algorithm = Algorithm.COPY;
            rebuild = true;
            lock = Lock.SHARED;
            for (Op op : ops) {
                lock = max(lock, op.lock());
                if (!op.inplace()) {
                    reasons.add(op.what());
                }
            }
        }
        if (reasons.isEmpty()) {
            ops.forEach(op -> reasons.add(op.what()));
        }
        Optional<String> refused = Optional.empty();
        String why = String.join(", ", reasons);
        if (askedAlgorithm.isPresent()) {
            String asked = askedAlgorithm.get();
            boolean tooCheap = switch (asked) {
                case "INSTANT" -> algorithm != Algorithm.INSTANT;
                case "NOCOPY" -> algorithm == Algorithm.COPY || rebuild;
                case "INPLACE" -> algorithm == Algorithm.COPY;
                default -> false;
            };
            if (tooCheap) {
                refused = Optional.of("ALGORITHM=" + asked + " is not supported for " + why);
            } else if (asked.equals("COPY")) {
                algorithm = Algorithm.COPY;
                rebuild = true;
                lock = max(lock, Lock.SHARED);
            } else if (asked.equals("INPLACE") && algorithm == Algorithm.INSTANT) {
                algorithm = Algorithm.INPLACE;
                rebuild = ops.stream().anyMatch(Op::rebuild);
            }
        }
        boolean lockClause = askedLock.filter(l -> !l.equals("DEFAULT")).isPresent();
        if (lockClause && !target.isMariaDb() && algorithm == Algorithm.INSTANT && refused.isEmpty()) {
            // MySQL's INSTANT takes only LOCK=DEFAULT: a LOCK clause makes it pick INPLACE, or refuse ALGORITHM=INSTANT
            if (askedAlgorithm.filter("INSTANT"::equals).isPresent()) {
                refused = Optional.of("ALGORITHM=INSTANT allows only LOCK=DEFAULT on MySQL");
            } else {
                algorithm = Algorithm.INPLACE;
                rebuild = ops.stream().anyMatch(Op::rebuild);
                for (Op op : ops) {
                    lock = max(lock, op.lock());
                }
            }
        }
        if (askedLock.isPresent() && refused.isEmpty()) {
            Lock asked = switch (askedLock.get()) {
                case "NONE" -> Lock.NONE;
                case "SHARED" -> Lock.SHARED;
                case "EXCLUSIVE" -> Lock.EXCLUSIVE;
                default -> null;
            };
            if (asked != null && asked.compareTo(lock) < 0) {
                refused = Optional.of("LOCK=" + asked + " is not supported for " + why);
            } else if (asked != null) {
                lock = asked;
            }
        }
        return new MysqlVerdict(target, table, false, algorithm, rebuild, lock, reasons, refused);
    }

    private static Lock max(Lock a, Lock b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** {@code fulltext}: the table has a FULLTEXT index, which rules out INSTANT column changes. */
    private Optional<Op> op(Change change, List<Change> statement, Optional<Table> table, boolean fulltext) {
        if (change instanceof AddColumn ac) {
            return addColumn(ac.column(), fulltext);
        }
        if (change instanceof DropColumn dc) {
            boolean inPrimaryKey = table.map(t -> t.primaryKey().stream().anyMatch(c -> t.sameColumn(c, dc.column())))
                    .orElse(false);
            boolean indexed = table.map(t -> !t.indexesWith(dc.column()).isEmpty()).orElse(false);
            if (indexed && !inPrimaryKey) {
                // its index goes too, which INSTANT cannot do; MariaDB then drops the column without a rebuild
                return Optional.of(Op.inplace("dropping indexed column " + q(dc.column()), !target.isMariaDb()));
            }
            boolean instant = !fulltext && !inPrimaryKey && (target.isMariaDb() ? target.atLeast(10, 4, 0)
                    : target.atLeast(8, 0, 29));
            return Optional.of(new Op("dropping column " + q(dc.column()), instant, true, true, Lock.NONE));
        }
        if (change instanceof RenameColumn rc) {
            // 8.0.28 made RENAME COLUMN instant; before, INPLACE changes only metadata
            boolean instant = target.isMariaDb() || target.atLeast(8, 0, 28);
            return Optional.of(new Op("renaming column " + q(rc.from()), instant, true, false, Lock.NONE));
        }
        if (change instanceof ModifyColumn mc) {
            return modifyColumn(mc, statement, table);
        }
        if (change instanceof AddIndex ai) {
            String name = ai.index().name().map(n -> " " + q(n)).orElse("");
            if (ai.index().kind() == IndexKind.FULLTEXT) {
                // the first FULLTEXT index adds the hidden FTS_DOC_ID column: a rebuild; every one needs LOCK=SHARED
                return Optional.of(new Op((fulltext ? "adding FULLTEXT index" : "adding the first FULLTEXT index")
                        + name, false, true, !fulltext, Lock.SHARED));
            }
            if (ai.index().kind() == IndexKind.SPATIAL) {
                return Optional.of(new Op("adding SPATIAL index" + name, false, true, false, Lock.SHARED));
            }
            return Optional.of(Op.inplace("adding index" + name, false));
        }
        if (change instanceof DropIndex di) {
            return Optional.of(Op.inplace("dropping index " + q(di.name()), false));
        }
        if (change instanceof RenameIndex ri) {
            return Optional.of(new Op("renaming index " + q(ri.from()), target.isMariaDb(),
                    true, false, Lock.NONE));
        }
        if (change instanceof AddForeignKey) {
            // INPLACE only with foreign_key_checks=0, which skips checking the rows; Prisma runs with the default, 1
            return Optional.of(Op.copy("adding a foreign key (foreign_key_checks=1 allows only COPY)"));
        }
        if (change instanceof DropForeignKey df) {
            return Optional.of(new Op("dropping foreign key " + q(df.name()), target.isMariaDb(), true, false,
                    Lock.NONE));
        }
        if (change instanceof AddPrimaryKey) {
            boolean replacing = statement.stream().anyMatch(c -> c instanceof DropPrimaryKey);
            return Optional.of(Op.inplace(replacing ? "replacing the primary key" : "adding a primary key", true));
        }
        if (change instanceof DropPrimaryKey) {
            if (statement.stream().anyMatch(c -> c instanceof AddPrimaryKey)) {
                return Optional.of(Op.inplace("replacing the primary key", true));
            }
            return Optional.of(Op.copy("dropping the primary key without adding another"));
        }
        if (change instanceof AddCheck ac) {
            if (!target.isMariaDb() && !target.atLeast(8, 0, 16)) {
                return Optional.of(Op.metadata("a CHECK constraint (ignored before MySQL 8.0.16)"));
            }
            if (ac.notValid()) {
                return Optional.of(Op.metadata("a NOT ENFORCED CHECK constraint"));
            }
            return Optional.of(Op.copy("adding a CHECK constraint (every row is checked)"));
        }
        if (change instanceof DropConstraint dc) {
            return Optional.of(Op.metadata("dropping constraint " + q(dc.name())));
        }
        if (change instanceof RenameTable rt) {
            // MariaDB 10.11 renames INSTANT but refuses LOCK=NONE and LOCK=SHARED: a brief exclusive lock
            return Optional.of(new Op("renaming the table to " + q(rt.to()), true, true, false,
                    target.isMariaDb() ? Lock.EXCLUSIVE : Lock.NONE));
        }
        if (change instanceof DropTable) {
            return Optional.of(Op.metadata("dropping the table"));
        }
        if (change instanceof InlineReferences) {
            // MariaDB makes it a foreign key (a COPY with foreign_key_checks=1); MySQL ignores it
            return Optional.of(target.isMariaDb() ? Op.copy("adding a foreign key (inline REFERENCES)")
                    : Op.metadata("an inline REFERENCES, which MySQL ignores"));
        }
        if (change instanceof Other o && o.what().equals("POSITION")) {
            return Optional.of(position(statement));
        }
        if (change instanceof Other o) {
            return switch (o.what()) {
                case "CONVERT" -> Optional.of(Op.copy("converting the table's character set"));
                case "FORCE", "ENGINE", "ROW_FORMAT" -> Optional.of(Op.inplace("rebuilding the table ("
                        + o.what() + ")", true));
                case "COMMENT", "AUTO_INCREMENT" -> Optional.of(Op.inplace("changing the table's " + o.what(), false));
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /**
     * {@code FIRST} or {@code AFTER col}: moving an existing column is a reorder (a rebuild on MySQL, INSTANT on
     * MariaDB 10.4+); placing a new one anywhere but last is INSTANT only from MySQL 8.0.29.
     */
    private Op position(List<Change> statement) {
        boolean reorder = statement.stream().anyMatch(c -> c instanceof ModifyColumn);
        if (reorder) {
            return new Op("moving a column (FIRST/AFTER)", target.isMariaDb() && target.atLeast(10, 4, 0), true, true,
                    Lock.NONE);
        }
        boolean instant = target.isMariaDb() ? target.atLeast(10, 4, 0) : target.atLeast(8, 0, 29);
        return new Op("placing the new column with FIRST/AFTER", instant, true, true, Lock.NONE);
    }

    private Optional<Op> addColumn(ColumnDef column, boolean fulltext) {
        String name = q(column.name());
        if (column.generated()) {
            return Optional.empty(); // VIRTUAL is instant, STORED copies; the lowering does not tell them apart yet
        }
        if (column.autoIncrement()) {
            // the manual: "Concurrent DML is not permitted when adding an auto-increment column"
            return Optional.of(new Op("adding AUTO_INCREMENT column " + name, false, true, true, Lock.SHARED));
        }
        if (column.primaryKey()) {
            return Optional.of(Op.inplace("adding column " + name + " as the primary key", true));
        }
        // MySQL 8.0.12 added instant ADD COLUMN (last position only until 8.0.29); MariaDB 10.3.2 (any position 10.4)
        boolean instant = !fulltext && (target.isMariaDb() ? target.atLeast(10, 3, 2) : target.atLeast(8, 0, 12));
        return Optional.of(new Op("adding column " + name, instant, true, true, Lock.NONE));
    }

    private Optional<Op> modifyColumn(ModifyColumn mc, List<Change> statement, Optional<Table> table) {
        String name = q(mc.column());
        ColumnAlteration a = mc.alteration();
        if (a instanceof ColumnAlteration.SetDefault || a instanceof ColumnAlteration.DropDefault) {
            return Optional.of(Op.metadata("changing the default of " + name));
        }
        if (!(a instanceof ColumnAlteration.Redefine r)) {
            return Optional.empty();
        }
        // CHANGE `old` `new` … is a rename and a redefinition of the new name, which the table knows by the old one
        String oldName = statement.stream().filter(c -> c instanceof RenameColumn rc && rc.to().equals(mc.column()))
                .map(c -> ((RenameColumn) c).from()).findFirst().orElse(mc.column());
        Optional<Column> found = table.flatMap(t -> t.column(oldName));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Column before = found.get();
        ColumnDef after = r.after();
        List<Op> parts = new ArrayList<>();
        typeChange(name, before.type(), after.type()).ifPresent(parts::add);
        if (before.nullable() != after.nullable()) {
            parts.add(Op.inplace(after.nullable() ? "making " + name + " nullable" : "making " + name + " NOT NULL",
                    true));
        }
        if (after.autoIncrement() && !before.autoIncrement()) {
            parts.add(Op.copy("making " + name + " AUTO_INCREMENT"));
        }
        if (parts.isEmpty()) {
            boolean sameDefault = before.defaultValue().equals(after.defaultValue());
            return Optional.of(Op.metadata(sameDefault ? "restating " + name + " unchanged"
                    : "changing the default of " + name));
        }
        // the costliest part decides
        Op worst = parts.get(0);
        for (Op p : parts) {
            if (!p.inplace() || (worst.inplace() && p.rebuild() && !worst.rebuild())) {
                worst = p;
            }
        }
        return Optional.of(worst);
    }

    private Optional<Op> typeChange(String name, DataType before, DataType after) {
        if (sameType(before, after)) {
            return Optional.empty();
        }
        String change = "changing " + name + " from " + render(before) + " to " + render(after);
        if (before.name().equals("VARCHAR") && after.name().equals("VARCHAR") && sameCharset(before, after)
                && before.args().size() == 1 && after.args().size() == 1) {
            Optional<Integer> from = number(before.args().get(0));
            Optional<Integer> to = number(after.args().get(0));
            if (from.isPresent() && to.isPresent() && to.get() >= from.get()) {
                int perChar = bytesPerChar(after.charset().or(before::charset));
                // the length prefix is one byte up to 255 bytes, two above: crossing it rewrites every row
                boolean samePrefix = (from.get() * perChar <= 255) == (to.get() * perChar <= 255);
                if (samePrefix) {
                    return Optional.of(new Op("widening " + name + " to " + render(after), target.isMariaDb(), true,
                            false, Lock.NONE));
                }
                return Optional.of(Op.copy(change + " (the length prefix grows from 1 to 2 bytes)"));
            }
        }
        if ((before.name().equals("ENUM") || before.name().equals("SET")) && before.name().equals(after.name())
                && after.args().size() > before.args().size()
                && after.args().subList(0, before.args().size()).equals(before.args())
                && storageBytes(before) == storageBytes(after)) {
            return Optional.of(new Op("adding values at the end of " + before.name() + " " + name,
                    target.isMariaDb() || target.atLeast(8, 0, 0), true, false, Lock.NONE));
        }
        return Optional.of(Op.copy(change));
    }

    private static boolean sameType(DataType a, DataType b) {
        return DataType.sameType(a, b, false) && sameCharset(a, b);
    }

    /**
     * A charset or collation a MODIFY leaves out is the table's default, not the column's old one: the same only
     * when neither side states one, or both state the same.
     */
    private static boolean sameCharset(DataType a, DataType b) {
        return sameName(a.charset(), b.charset()) && sameName(a.collation(), b.collation());
    }

    private static boolean sameName(Optional<String> a, Optional<String> b) {
        return a.map(x -> x.toLowerCase(Locale.ROOT)).equals(b.map(x -> x.toLowerCase(Locale.ROOT)));
    }

    /** Bytes per character of a charset; utf8mb4 (Prisma's table default) when the column names none. */
    private static int bytesPerChar(Optional<String> charset) {
        String c = charset.orElse("utf8mb4").toLowerCase(Locale.ROOT);
        if (c.startsWith("latin") || c.equals("ascii") || c.equals("binary")) {
            return 1;
        }
        if (c.equals("ucs2")) {
            return 2;
        }
        return c.equals("utf8") || c.equals("utf8mb3") ? 3 : 4;
    }

    /** ENUM takes one byte up to 255 values, then two; SET one byte per eight members. */
    private static int storageBytes(DataType t) {
        int n = t.args().size();
        return t.name().equals("ENUM") ? (n <= 255 ? 1 : 2) : (n + 7) / 8;
    }

    private static Optional<Integer> number(String s) {
        try {
            return Optional.of(Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A type as messages show it, with what tells two types apart: {@code BIGINT UNSIGNED}, {@code TEXT[]}. */
    static String render(DataType t) {
        return (t.args().isEmpty() ? t.name() : t.name() + "(" + String.join(", ", t.args()) + ")")
                + (t.unsigned() ? " UNSIGNED" : "") + (t.array() ? "[]" : "");
    }

    private boolean instantExists() {
        return target.isMariaDb() || target.atLeast(8, 0, 12);
    }

    private static String q(String name) {
        return "`" + name + "`";
    }
}
