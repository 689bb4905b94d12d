package dev.migralint.source;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns command-line paths into ordered histories. Accepts a repository root holding {@code prisma/migrations}, a
 * Prisma migrations folder (recognised by {@code migration_lock.toml}), one migration folder or its
 * {@code migration.sql}, a folder of plain {@code .sql} files, or such files. A migration named inside a Prisma
 * folder is reported; the ones before it are replayed for context.
 */
public final class Discovery {
    public static final String LOCK_FILE = "migration_lock.toml";
    public static final String MIGRATION_FILE = "migration.sql";

    private final Path workingDirectory;
    private final Path displayRoot;
    private final Optional<Dialect> dialectOverride;

    public Discovery(Path workingDirectory, Optional<Dialect> dialectOverride) {
        this(workingDirectory, workingDirectory, dialectOverride);
    }

    /** Paths resolve against {@code workingDirectory}; reports show them relative to {@code displayRoot}. */
    public Discovery(Path workingDirectory, Path displayRoot, Optional<Dialect> dialectOverride) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.displayRoot = displayRoot.toAbsolutePath().normalize();
        this.dialectOverride = dialectOverride;
    }

    /** Histories for the paths, in the order first named. An empty list means nothing was found (not an error). */
    public List<History> discover(List<Path> paths) throws DiscoveryException {
        // Prisma folder -> the migration folders named in it; the folder itself in the set means all of them
        Map<Path, Set<Path>> prisma = new LinkedHashMap<>();
        List<Path> plainFiles = new ArrayList<>();
        Map<Path, ReadableTree> trees = new LinkedHashMap<>();
        for (Path given : paths) {
            Path p = workingDirectory.resolve(given).normalize();
            if (!Files.exists(p)) {
                throw new DiscoveryException("no such file or directory: " + given);
            }
            int before = plainFiles.size();
            Set<Path> prismaBefore = new LinkedHashSet<>(prisma.keySet());
            if (Files.isDirectory(p)) {
                collectDirectory(p, given, prisma, plainFiles);
            } else {
                collectFile(p, prisma, plainFiles);
            }
            // the tree comes from the path as given, not from what was found below it (prisma/migrations may
            // itself be a link); for a migration folder or file given, from the Prisma folder above it
            ReadableTree tree = ReadableTree.around(Files.isDirectory(p) ? p : p.getParent(), workingDirectory);
            plainFiles.subList(before, plainFiles.size()).forEach(f -> trees.putIfAbsent(f, tree));
            for (Path root : prisma.keySet()) {
                if (!prismaBefore.contains(root)) {
                    trees.putIfAbsent(root, p.startsWith(root) && !p.equals(root)
                            ? ReadableTree.around(root, workingDirectory) : tree);
                }
            }
        }
        List<History> histories = new ArrayList<>();
        for (Map.Entry<Path, Set<Path>> e : prisma.entrySet()) {
            histories.add(prismaHistory(e.getKey(), e.getValue(), trees.get(e.getKey())));
        }
        List<String> refused = new ArrayList<>();
        plainFiles.removeIf(f -> {
            boolean outside = !trees.get(f).holds(f, ".sql", ".SQL");
            if (outside) {
                refused.add(outsideTree(f, trees.get(f)));
            }
            return outside;
        });
        if (!plainFiles.isEmpty() || !refused.isEmpty()) {
            Dialect d = dialectOverride.orElse(Dialect.MYSQL);
            // a shell glob expands 10_x.sql before 2_x.sql: replay files named one by one in natural order too
            List<Migration> ms = plainFiles.stream().distinct()
                    .sorted((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(),
                            b.getFileName().toString()))
                    .map(f -> new Migration(f.getFileName().toString(), f, display(f), true)).toList();
            String root = plainFiles.isEmpty() ? "." : display(plainFiles.get(0).getParent());
            histories.add(new History(root, d, ms, refused));
        }
        return histories;
    }

    private void collectDirectory(Path dir, Path given, Map<Path, Set<Path>> prisma, List<Path> plainFiles)
            throws DiscoveryException {
        if (Files.isRegularFile(dir.resolve(LOCK_FILE)) || hasMigrationFolders(dir)) {
            addWhole(prisma, dir);
            return;
        }
        Path nested = dir.resolve("prisma").resolve("migrations");
        if (Files.isDirectory(nested)) {
            addWhole(prisma, nested);
            return;
        }
        if (Files.isRegularFile(dir.resolve(MIGRATION_FILE))) {
            Path parent = dir.getParent();
            if (parent != null && isPrismaFolder(parent)) {
                addNamed(prisma, parent, dir);
            } else {
                plainFiles.add(dir.resolve(MIGRATION_FILE));
            }
            return;
        }
        List<Path> sql = listSorted(dir).stream()
                .filter(f -> Files.isRegularFile(f) && isPlainSql(f.getFileName().toString())).toList();
        plainFiles.addAll(sql);
    }

    private void collectFile(Path file, Map<Path, Set<Path>> prisma, List<Path> plainFiles) {
        String name = file.getFileName().toString();
        Path folder = file.getParent();
        if (name.equals(LOCK_FILE)) {
            addWhole(prisma, folder);
            return;
        }
        Path root = folder == null ? null : folder.getParent();
        if (name.equals(MIGRATION_FILE) && root != null && isPrismaFolder(root)) {
            addNamed(prisma, root, folder);
            return;
        }
        plainFiles.add(file);
    }

    private static void addWhole(Map<Path, Set<Path>> prisma, Path root) {
        prisma.computeIfAbsent(root, k -> new LinkedHashSet<>()).add(root);
    }

    private static void addNamed(Map<Path, Set<Path>> prisma, Path root, Path migrationFolder) {
        prisma.computeIfAbsent(root, k -> new LinkedHashSet<>()).add(migrationFolder);
    }

    private History prismaHistory(Path root, Set<Path> named, ReadableTree tree) throws DiscoveryException {
        if (!tree.holds(root)) {
            // the folder is reached through a link out of the repository (prisma, or prisma/migrations, is one)
            throw new DiscoveryException(display(root) + ": a symbolic link to a folder outside " + tree.root()
                    + "; not read (name the folder it points to, to lint it)");
        }
        Path lock = root.resolve(LOCK_FILE);
        if (dialectOverride.isEmpty() && Files.isSymbolicLink(lock) && !tree.holds(lock, ".toml")) {
            throw new DiscoveryException(outsideTree(lock, tree) + "; pass --dialect");
        }
        Dialect dialect = dialectOverride.isPresent() ? dialectOverride.get() : lockDialect(root);
        // Prisma applies migration folders in plain name order (not natural order), and so do we; a regular
        // migration.sql inside is enough to tell a folder
        TreeMap<String, Path> folders = new TreeMap<>();
        List<String> refused = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            s.forEach(d -> {
                Path file = d.resolve(MIGRATION_FILE);
                // one lstat tells a regular file from a link (then followed once); a second one the folder
                Optional<BasicFileAttributes> seen = attributesOf(file);
                boolean fileLinked = seen.isPresent() && seen.get().isSymbolicLink();
                if (seen.isEmpty() || (fileLinked ? !Files.isRegularFile(file) : !seen.get().isRegularFile())) {
                    return;
                }
                // a link (the folder or its file) that leaves the tree is not read, but said: skipping it quietly
                // would let a pull request hide a migration from the lint that Prisma still deploys
                boolean linked = fileLinked || Files.isSymbolicLink(d);
                if (linked && !tree.holds(file, ".sql", ".SQL")) {
                    refused.add(outsideTree(file, tree));
                    return;
                }
                folders.put(d.getFileName().toString(), d);
            });
        } catch (IOException | RuntimeException e) {
            throw new DiscoveryException("cannot list " + root + ": " + e.getMessage());
        }
        // display paths made from the root's: the same text as display(file), for a fraction of the path work;
        // not when the display root lies inside the Prisma folder (a migration folder), where they are shorter
        String shownRoot = display(root);
        Path absoluteRoot = workingDirectory.resolve(root).normalize();
        boolean fromRoot = !displayRoot.startsWith(absoluteRoot) || displayRoot.equals(absoluteRoot);
        String prefix = shownRoot.equals(".") ? "" : shownRoot.endsWith("/") ? shownRoot : shownRoot + "/";
        List<Migration> migrations = new ArrayList<>();
        boolean all = named.contains(root);
        String last = all ? null : folders.entrySet().stream().filter(e -> named.contains(e.getValue()))
                .map(Map.Entry::getKey).reduce((a, b) -> b).orElse(null);
        for (Map.Entry<String, Path> folder : folders.entrySet()) {
            String name = folder.getKey();
            if (last != null && name.compareTo(last) > 0) {
                break; // later migrations are neither reported nor needed for context
            }
            boolean reported = all || named.contains(folder.getValue());
            Path file = folder.getValue().resolve(MIGRATION_FILE);
            String shown = fromRoot ? prefix + name.replace(File.separatorChar, '/') + "/" + MIGRATION_FILE
                    : display(file);
            migrations.add(new Migration(name, file, shown, reported));
        }
        return new History(shownRoot, dialect, migrations, refused);
    }

    /** The file's own attributes (a link's, not its target's); empty when there is no such file. */
    private static Optional<BasicFileAttributes> attributesOf(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private String outsideTree(Path file, ReadableTree tree) {
        return "cannot read " + display(file) + ": a symbolic link to a file outside " + tree.root()
                + ", or to no " + (file.getFileName().toString().endsWith(".toml") ? "lock" : "SQL") + " file"
                + " (name the file it points to, to lint it)";
    }

    private Dialect lockDialect(Path root) throws DiscoveryException {
        Path lock = root.resolve(LOCK_FILE);
        if (!Files.isRegularFile(lock)) {
            return Dialect.MYSQL;
        }
        return LockFile.dialect(lock, display(lock));
    }

    /** A folder of Prisma migrations: it has the lock file, or timestamped folders holding migration.sql. */
    private static boolean isPrismaFolder(Path dir) {
        try {
            return Files.isRegularFile(dir.resolve(LOCK_FILE)) || hasMigrationFolders(dir);
        } catch (DiscoveryException e) {
            return false;
        }
    }

    private static final Pattern TIMESTAMPED = Pattern.compile("\\d{8,}.*");

    private static boolean hasMigrationFolders(Path dir) throws DiscoveryException {
        return listSorted(dir).stream().anyMatch(d -> Files.isDirectory(d)
                && Files.isRegularFile(d.resolve(MIGRATION_FILE))
                && TIMESTAMPED.matcher(d.getFileName().toString()).matches());
    }

    private static boolean isPlainSql(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".sql") && !lower.endsWith(".down.sql");
    }

    private static List<Path> listSorted(Path dir) throws DiscoveryException {
        // each entry's name is made once, not at every comparison: a long history holds thousands of folders
        record Named(String name, Path path) {
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> new Named(p.getFileName().toString(), p))
                    .sorted(Comparator.comparing(Named::name, NaturalOrder.INSTANCE)).map(Named::path).toList();
        } catch (IOException | RuntimeException e) {
            throw new DiscoveryException("cannot list " + dir + ": " + e.getMessage());
        }
    }

    /** A path as reports show it: relative to the display root when inside it, with forward slashes. */
    public String display(Path p) {
        Path abs = workingDirectory.resolve(p).normalize();
        Path shown = abs.startsWith(displayRoot) ? displayRoot.relativize(abs) : abs;
        String s = shown.toString().replace(File.separatorChar, '/');
        return s.isEmpty() ? "." : s;
    }
}
