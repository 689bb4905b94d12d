package dev.migralint.online;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.stream.Collectors;

/** Observations as Markdown tables, one row per fixture case, for a reviewer and the issue note. */
final class ObservationTables {

    private ObservationTables() {}

    static String mariaDb(LockingFixture fixture, List<MariaDbObserver.Observation> observations) {
        StringBuilder md = new StringBuilder();
        md.append("# MariaDB: what the server accepts\n\n")
                .append("Observed on a real server for each case of `").append(fixture.file().getFileName())
                .append("`: yes = accepted, **no** = refused (error 1845/1846). Each ALGORITHM and LOCK was tried")
                .append(" alone, on a fresh copy of the setup.\n\n")
                .append("| line | case | INSTANT | NOCOPY | INPLACE | COPY | LOCK=NONE | LOCK=SHARED | refusal reasons |\n")
                .append("| ---: | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (MariaDbObserver.Observation o : observations) {
            LockingFixture.Case c = o.fixtureCase();
            List<String> cells = new ArrayList<>(List.of(String.valueOf(c.line()), c.title()));
            if (o.skipReason().isPresent()) {
                cells.addAll(List.of("–", "–", "–", "–", "–", "–", "skipped: " + o.skipReason().get()));
            } else {
                // "INSTANT, NOCOPY: 1845 not supported for this operation; LOCK=NONE: 1846 Fulltext index …"
                Map<String, List<String>> refusedBy = new LinkedHashMap<>();
                for (MariaDbObserver.Algorithm a : MariaDbObserver.Algorithm.values()) {
                    cells.add(cell(a.name(), o.attempt(a), refusedBy));
                }
                for (MariaDbObserver.Lock l : MariaDbObserver.Lock.values()) {
                    cells.add(cell("LOCK=" + l, o.attempt(l), refusedBy));
                }
                List<String> notes = new ArrayList<>();
                refusedBy.forEach((reason, clauses) -> notes.add(String.join(", ", clauses) + ": " + reason));
                o.note().ifPresent(notes::add);
                cells.add(String.join("; ", notes));
            }
            row(md, cells);
        }
        return md.toString();
    }

    private static String cell(String clause, MariaDbObserver.Attempt attempt, Map<String, List<String>> refusedBy) {
        if (attempt.outcome() instanceof MariaDbObserver.Refused refused) {
            refusedBy.computeIfAbsent(refused.code() + " " + refused.reason(), r -> new ArrayList<>()).add(clause);
            return "**no**";
        }
        return "yes";
    }

    static String postgres(LockingFixture fixture, List<PostgresObserver.Observation> observations) {
        StringBuilder md = new StringBuilder();
        md.append("# PostgreSQL: what the statement takes and rewrites\n\n")
                .append("Observed on a real server for each case of `").append(fixture.file().getFileName())
                .append("`, inside a transaction that is rolled back: the strongest lock held on each relation")
                .append(" (pg_locks), the tables and indexes that got a new relfilenode, and the sequential scans")
                .append(" of each table (pg_stat_xact_user_tables).\n\n")
                .append("| line | case | table locks | new relfilenode | rebuilt indexes | seq scans | other locks")
                .append(" | created / dropped |\n")
                .append("| ---: | --- | --- | --- | --- | --- | --- | --- |\n");
        for (PostgresObserver.Observation o : observations) {
            LockingFixture.Case c = o.fixtureCase();
            List<String> cells = new ArrayList<>(List.of(String.valueOf(c.line()), c.title()));
            if (o.skipReason().isPresent()) {
                cells.addAll(List.of("–", "–", "–", "–", "–", "skipped: " + o.skipReason().get()));
            } else {
                cells.add(locks(o.tableLocks()));
                cells.add(names(o.rewrittenTables()));
                cells.add(names(o.rebuiltIndexes()));
                cells.add(o.seqScans().entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
                        .collect(Collectors.joining(", ")));
                cells.add(locks(o.otherLocks()));
                List<String> changes = new ArrayList<>();
                if (!o.redefinedIndexes().isEmpty()) {
                    changes.add("re-created keeping storage " + String.join(", ", o.redefinedIndexes()));
                }
                if (!o.createdRelations().isEmpty()) {
                    changes.add("created " + String.join(", ", o.createdRelations()));
                }
                if (!o.droppedRelations().isEmpty()) {
                    changes.add("dropped " + String.join(", ", o.droppedRelations()));
                }
                cells.add(String.join("; ", changes));
            }
            row(md, cells);
        }
        return md.toString();
    }

    private static String locks(SortedMap<String, PostgresObserver.LockMode> locks) {
        return locks.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().pgName())
                .collect(Collectors.joining(", "));
    }

    private static String names(SortedSet<String> names) {
        return String.join(", ", names);
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        md.append('\n');
    }
}
