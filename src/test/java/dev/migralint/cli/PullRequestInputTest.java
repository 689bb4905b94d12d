package dev.migralint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a pull request controls (its migrations, their folder names, its config, lock file and baseline) tried as an
 * attacker would: nothing in them may bypass the lint, steer the CI log, or end the run in anything but a clear line.
 * Each test failed before the fix it guards.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PullRequestInputTest {
    @TempDir
    Path dir;
    private Path migrations;

    @BeforeEach
    void history() throws IOException {
        migrations = Files.createDirectories(dir.resolve("prisma/migrations"));
        Files.writeString(migrations.resolve("migration_lock.toml"), "provider = \"mysql\"\n");
        migration("20240101000000_init", "CREATE TABLE `User` (`id` INT NOT NULL, `a` INT NULL, PRIMARY KEY (`id`));\n");
    }

    private Path migration(String folder, String sql) throws IOException {
        Path m = Files.createDirectories(migrations.resolve(folder));
        Files.writeString(m.resolve("migration.sql"), sql);
        return m.resolve("migration.sql");
    }

    private static CliRun migralint(String... args) {
        return CliRun.of(args);
    }

    private void git(String... args) throws Exception {
        TestGit.git(dir, args);
    }

    // --- bypass ---

    @Test
    void changedSinceReportsMigrationsWhoseNamesGitWouldQuote() throws Exception {
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "base");
        git("tag", "base");
        List<String> names = List.of("20240201000000_quote\"d", "20240202000000_back\\slash", "20240203000000_tab\tx",
                "20240204000000_line\nbreak", "20240205000000_café");
        for (String name : names) {
            migration(name, "DROP TABLE `User`;\n");
        }
        git("add", "-A"); // committed or only staged: both count as changed
        git("commit", "-q", "-m", "pr");

        CliRun run = migralint("--changed-since", "base", "--format", "json", "--root", dir.toString(),
                migrations.toString());

        JsonNode report = new ObjectMapper().readTree(run.out());
        List<String> files = report.get("findings").findValuesAsText("file");
        for (String name : names) {
            assertThat(files).as(name).contains("prisma/migrations/" + name + "/migration.sql");
        }
        assertThat(report.get("summary").get("migrations").asInt()).isEqualTo(names.size());
    }

    @Test
    void changedSinceReportsANewMigrationThatLinksToAnOldOne() throws Exception {
        migration("20240115000000_reset", "DROP TABLE `User`;\n");
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "base");
        git("tag", "base");
        // the new folder's migration.sql is a link to the old, unchanged one: Prisma deploys it again
        Path fresh = Files.createDirectories(migrations.resolve("20990101000000_harmless"));
        Files.createSymbolicLink(fresh.resolve("migration.sql"), Path.of("../20240115000000_reset/migration.sql"));
        git("add", "-A");
        git("commit", "-q", "-m", "pr");

        // the second DROP TABLE of User is reported (unknown-reference: it was dropped already), a warning
        CliRun run = migralint("--changed-since", "base", "--no-color", "--fail-on", "warning", "--root",
                dir.toString(), migrations.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("20990101000000_harmless/migration.sql:1:1: warning[unknown-reference]");
    }

    @Test
    void configFromTheBaseRevisionIsThePolicyWhateverThePullRequestChanges() throws Exception {
        Files.writeString(dir.resolve(".migralint.yaml"), "fail-on: error\nbaseline: baseline.json\n");
        Files.writeString(dir.resolve("baseline.json"), "{\"version\": 1, \"findings\": []}\n");
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "base");
        git("tag", "base");
        // the pull request drops a table, turns the policy off and accepts its own finding in the baseline
        migration("20240201000000_drop", "DROP TABLE `User`;\n");
        Files.writeString(dir.resolve(".migralint.yaml"), "fail-on: never\nrules:\n  drop-table: off\n"
                + "baseline: baseline.json\n");
        Path baseline = dir.resolve("baseline.json");
        CliRun accepted = CliRun.of("--write-baseline", baseline.toString(), "--root", dir.toString(),
                migrations.toString());
        assertThat(accepted.exit()).isZero();

        CliRun own = inDir(dir, "--no-color", "--root", dir.toString(), migrations.toString());
        assertThat(own.exit()).as("the pull request's own policy passes it").isZero();

        CliRun base = inDir(dir, "--config-from", "base", "--no-color", "--root", dir.toString(),
                migrations.toString());
        assertThat(base.err()).isEmpty();
        assertThat(base.exit()).isEqualTo(1);
        assertThat(base.out()).contains("20240201000000_drop/migration.sql:1:1: error[drop-table]");

        // a base without a config means the defaults, not the config the pull request adds
        git("rm", "-q", "--cached", ".migralint.yaml", "baseline.json");
        git("commit", "-q", "-m", "no config");
        git("tag", "bare");
        CliRun bare = inDir(dir, "--config-from", "bare", "--no-color", migrations.toString());
        assertThat(bare.exit()).isEqualTo(1);
        assertThat(bare.out()).contains("error[drop-table]");

        // a revision is never an option of git
        CliRun unknown = inDir(dir, "--config-from=--upload-pack=touch " + dir.resolve("x"),
                migrations.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("migralint: --config-from: unknown git revision "
                + "'--upload-pack=touch " + dir.resolve("x") + "'");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void aConfigThatIsALinkAtTheBaseRevisionIsNotFollowed() throws Exception {
        Files.createSymbolicLink(dir.resolve(".migralint.yaml"), Path.of("/proc/self/environ"));
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "base");

        CliRun fromGit = inDir(dir, "--config-from", "HEAD", migrations.toString());
        assertThat(fromGit.exit()).isEqualTo(2);
        assertThat(fromGit.err().strip()).isEqualTo("migralint: --config-from: HEAD:.migralint.yaml is a symbolic "
                + "link; not followed");

        // found in the working tree, it is not read either: the error about it would quote the environment
        CliRun found = inDir(dir, migrations.toString());
        assertThat(found.exit()).isEqualTo(2);
        assertThat(found.err()).contains("a symbolic link to a file outside").doesNotContain("PATH=");
        Files.delete(dir.resolve(".migralint.yaml")); // else JUnit warns, in two log lines, as it deletes a link out
    }

    /** Runs the CLI in a JVM of its own started in {@code cwd}: the config search and --config-from start there. */
    private static CliRun inDir(Path cwd, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new CliRun(p.exitValue(), out, err);
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void aMigrationLinkedOutOfTheRepositoryIsAnErrorNotAQuietSkip(@TempDir Path outside) throws Exception {
        Path secret = Files.writeString(outside.resolve("environ"), "AWS_SECRET=hunter2 DROP TABLE x;\n");
        Path linked = Files.createDirectories(migrations.resolve("20240201000000_linked"));
        Files.createSymbolicLink(linked.resolve("migration.sql"), secret);
        Files.createDirectories(dir.resolve(".git")); // the repository's tree ends here

        CliRun run = migralint("--no-color", migrations.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("20240201000000_linked/migration.sql: a symbolic link to a file outside");
        assertThat(run.out() + run.err()).doesNotContain("hunter2").doesNotContain("AWS_SECRET");
        // a link inside the repository is only another name for a file a pull request could have copied
        Path shared = Files.writeString(dir.resolve("shared.sql"), "ALTER TABLE `User` DROP COLUMN `a`;\n");
        Files.delete(linked.resolve("migration.sql"));
        Files.createSymbolicLink(linked.resolve("migration.sql"), shared);
        assertThat(migralint("--no-color", migrations.toString()).out()).contains("error[drop-column]");
        // named on the command line, a link out is not read either (a hook names the files a commit stages); the
        // file it points to, named itself, is
        Files.delete(linked.resolve("migration.sql"));
        Files.createSymbolicLink(linked.resolve("migration.sql"), secret);
        CliRun named = migralint("--no-color", linked.resolve("migration.sql").toString());
        assertThat(named.exit()).isEqualTo(2);
        assertThat(named.out() + named.err()).doesNotContain("hunter2");
        assertThat(migralint("--no-color", secret.toString()).exit()).isEqualTo(1);
    }

    // --- memory ---

    @Test
    void fourLargeFilesThatAreNotUtf8FitInASmallHeap() throws Exception {
        // each just under the budget (an eighth of the heap), valid up to a bad byte near the end: the decoder has
        // done nearly all its work when it fails. Four at once do not fit; one at a time does. The ratio is what
        // counts, so the heap is small: 64 MiB and 7 MiB files fail without the budget as 256 and 30 MiB did.
        int heapMiB = 64;
        byte[] statement = "INSERT INTO `User` VALUES (1, 2);\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[(heapMiB / 8 - 1) << 20];
        for (int i = 0; i + statement.length <= file.length; i += statement.length) {
            System.arraycopy(statement, 0, file, i, statement.length);
        }
        file[file.length - 100] = (byte) 0xff;
        Path plain = Files.createDirectories(dir.resolve("big"));
        for (int i = 1; i <= 4; i++) {
            Files.write(plain.resolve(i + ".sql"), file);
        }
        // four file threads whatever the machine: four files in flight at once are what the budget must prevent
        List<String> command = List.of(javaCommand(), "-Xmx" + heapMiB + "m", "-XX:ActiveProcessorCount=4", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--no-color",
                plain.toString());
        Process p = new ProcessBuilder(command).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(err).isEmpty();
        assertThat(p.exitValue()).isEqualTo(1); // the four located findings, and nothing else
        assertThat(out.lines().filter(l -> l.contains("error[parse-error] file is not valid UTF-8: byte 0xff at "
                + "offset " + (file.length - 100)))).hasSize(4);
    }

    @Test
    void aFolderAboveTheMigrationsLinkedOutOfTheRepositoryIsNotRead(@TempDir Path outside) throws Exception {
        // prisma/ itself is the link: only the last two levels were checked before
        Path elsewhere = Files.createDirectories(outside.resolve("migrations/20240101000000_x"));
        Files.writeString(outside.resolve("migrations/migration_lock.toml"), "provider = \"mysql\"\n");
        Files.writeString(elsewhere.resolve("migration.sql"), "SELECT `ghp_S3cr3t` FROM nowhere;;; x\n");
        Path repo = Files.createDirectories(dir.resolve("repo"));
        git("init", "-q", repo.toString());
        Files.createSymbolicLink(repo.resolve("prisma"), outside);

        for (String path : List.of(repo.toString(), repo.resolve("prisma/migrations").toString())) {
            CliRun run = inDir(repo, "--format", "github", path);
            assertThat(run.exit()).as(path).isEqualTo(2);
            assertThat(run.err()).as(path).contains("a symbolic link to a folder outside");
            assertThat(run.out() + run.err()).as(path).doesNotContain("ghp_S3cr3t");
        }
    }

    @Test
    void aLinkCannotMakeAnotherCheckoutOrAFolderOutsideGitTheTree() throws Exception {
        // another checkout, with a secret in its migrations
        Path other = Files.createDirectories(dir.resolve("other"));
        git("init", "-q", other.toString());
        Path secret = Files.createDirectories(other.resolve("prisma/migrations/20240101000000_x"));
        Files.writeString(other.resolve("prisma/migrations/migration_lock.toml"), "provider = \"mysql\"\n");
        Files.writeString(secret.resolve("migration.sql"), "`ghp_S3cr3t` x;\n");
        // a repository whose apps/api links to it, linted from outside the repository
        Path repo = Files.createDirectories(dir.resolve("repo"));
        git("init", "-q", repo.toString());
        Files.createDirectories(repo.resolve("apps"));
        Files.createSymbolicLink(repo.resolve("apps/api"), other);
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        CliRun fromOutside = inDir(outside, repo.resolve("apps/api").toString());
        assertThat(fromOutside.exit()).isEqualTo(2);
        assertThat(fromOutside.out() + fromOutside.err()).doesNotContain("ghp_S3cr3t");

        // no git at all: a prisma/migrations that links out of the folder named
        Path plain = Files.createDirectories(dir.resolve("plain/prisma"));
        Files.createSymbolicLink(plain.resolve("migrations"), other.resolve("prisma/migrations"));
        CliRun noGit = inDir(plain.getParent(), ".");
        assertThat(noGit.exit()).isEqualTo(2);
        assertThat(noGit.out() + noGit.err()).doesNotContain("ghp_S3cr3t").contains("a symbolic link to a folder outside");
    }

    @Test
    void aLinkIntoDotGitOrToAFileThatIsNoSqlIsNotRead() throws Exception {
        git("init", "-q");
        Files.writeString(dir.resolve(".git/config"), "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path linked = Files.createDirectories(migrations.resolve("20240201000000_config"));
        Files.createSymbolicLink(linked.resolve("migration.sql"), Path.of("../../../.git/config"));
        // an earlier CI step's .env, inside the checkout but no SQL: explain-plan prints statement text
        Files.writeString(dir.resolve(".env"), "DATABASE_URL=\"mysql://root:c2VjcmV0@db:3306/app\"\n");
        Path env = Files.createDirectories(migrations.resolve("20240202000000_env"));
        Files.createSymbolicLink(env.resolve("migration.sql"), Path.of("../../../.env"));

        for (String command : List.of("lint", "explain-plan")) {
            CliRun run = command.equals("lint") ? inDir(dir, migrations.toString())
                    : inDir(dir, "explain-plan", migrations.toString());
            assertThat(run.exit()).as(command).isEqualTo(2);
            assertThat(run.out() + run.err()).as(command).doesNotContain("c2VjcmV0").doesNotContain("AUTHORIZATION")
                    .contains("a symbolic link to a file outside");
        }
    }

    @Test
    void changedSinceReportsEverythingBehindALinkedMigrationsFolder() throws Exception {
        // at the base, prisma/migrations links to db/migrations; legacy/migrations holds an old drop, never applied
        Files.createDirectories(dir.resolve("db"));
        Files.move(migrations, dir.resolve("db/migrations"));
        Path legacy = Files.createDirectories(dir.resolve("legacy/migrations/20240102000000_reset"));
        Files.copy(dir.resolve("db/migrations/migration_lock.toml"), dir.resolve("legacy/migrations/migration_lock.toml"));
        Files.copy(dir.resolve("db/migrations/20240101000000_init"), dir.resolve("legacy/migrations/20240101000000_init"));
        Files.copy(dir.resolve("db/migrations/20240101000000_init/migration.sql"),
                dir.resolve("legacy/migrations/20240101000000_init/migration.sql"));
        Files.writeString(legacy.resolve("migration.sql"), "DROP TABLE `User`;\n");
        Files.createSymbolicLink(migrations, Path.of("../db/migrations"));
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "base");
        git("tag", "base");
        // the pull request only repoints the link
        Files.delete(migrations);
        Files.createSymbolicLink(migrations, Path.of("../legacy/migrations"));
        git("add", "-A");
        git("commit", "-q", "-m", "pr");

        CliRun run = inDir(dir, "--changed-since", "base", "--no-color", "prisma/migrations");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("20240102000000_reset/migration.sql:1:1: error[drop-table]");
    }

    @Test
    void aBaselineTheConfigNamesOutsideTheRepositoryIsNotRead(@TempDir Path outside) throws Exception {
        Path token = Files.writeString(outside.resolve("token"), "ghp_S3cr3tT0kenValue\n");
        Files.createDirectories(dir.resolve(".git"));
        Path config = Files.writeString(dir.resolve(".migralint.yaml"), "baseline: " + token + "\n");

        CliRun run = inDir(dir, migrations.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(token + ": outside ").doesNotContain("ghp_S3cr3t");

        // named on the command line it is read, and a file that is no baseline is not quoted either
        CliRun named = migralint("--config", config.toString(), "--baseline", token.toString(), migrations.toString());
        assertThat(named.exit()).isEqualTo(2);
        assertThat(named.err()).contains(token + ":1:").contains("not valid JSON").doesNotContain("ghp_S3cr3t");
    }

    @Test
    void configFromARevisionDoesNotVouchForJarsInTheCheckout() {
        CliRun run = migralint("--config-from", "HEAD", "--allow-config-plugins", migrations.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("migralint: --allow-config-plugins cannot be used with --config-from");
    }

    @Test
    void aConfigCannotHoldGlobsLongEnoughToStallTheRun() throws IOException {
        String alternation = "{" + "**,".repeat(150_000) + "**}x";
        Path config = Files.writeString(dir.resolve(".migralint.yaml"), "exclude: \"" + alternation + "\"\n");
        CliRun run = migralint("--config", config.toString(), migrations.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).endsWith("a glob of " + alternation.length()
                + " characters in 'exclude'; a glob may have at most 256");

        StringBuilder many = new StringBuilder("exclude:\n");
        for (int i = 0; i < 20; i++) {
            many.append("  - \"").append("a*".repeat(125)).append("\"\n");
        }
        Files.writeString(config, many);
        CliRun all = migralint("--config", config.toString(), migrations.toString());
        assertThat(all.exit()).isEqualTo(2);
        assertThat(all.err()).contains("the config's globs have more than 4096 characters in all");
    }

    @Test
    void anArgumentPicocliCannotReadIsQuotedAsOneSafeLine() {
        CliRun run = migralint("--x\n::add-mask::y##[z", migrations.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly(
                "migralint: Unknown option: '--x\\x0a::add-mask::y#\\x23[z'",
                "migralint: `migralint --help` lists the options");
    }

    @Test
    void aPipeIsWrittenInPlaceAndALinkIsReplacedNotFollowed(@TempDir Path elsewhere) throws Exception {
        // a FIFO a CI step made (or /dev/stdout): renaming over it would replace the device file itself
        Path fifo = dir.resolve("report.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                return "unreadable: " + e;
            }
        });
        CliRun toPipe = migralint("--format", "json", "-o", fifo.toString(), migrations.toString());
        assertThat(toPipe.exit()).isZero();
        assertThat(read.get(30, TimeUnit.SECONDS)).contains("\"version\" : 1");
        assertThat(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();

        // a link where the report goes (a pull request can commit report.sarif -> /dev/sda) is replaced, even
        // when it leads to a device or pipe (a pipe here: the test must not touch a device)
        Path linkToPipe = Files.createSymbolicLink(dir.resolve("linked.sarif"), fifo);
        java.util.concurrent.CompletableFuture<String> unread = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                return "";
            }
        });
        CliRun throughLink = migralint("--format", "sarif", "-o", linkToPipe.toString(), migrations.toString());
        assertThat(throughLink.exit()).isZero();
        assertThat(Files.isSymbolicLink(linkToPipe)).isFalse();
        assertThat(linkToPipe).isRegularFile();
        assertThat(unread).isNotDone();
        Files.writeString(fifo, "done"); // lets the reader go

        Path target = Files.writeString(elsewhere.resolve("precious"), "keep me\n");
        Path link = Files.createSymbolicLink(dir.resolve("report.sarif"), target);
        CliRun toLink = migralint("--format", "sarif", "-o", link.toString(), migrations.toString());
        assertThat(toLink.exit()).isZero();
        assertThat(link).isRegularFile().isNotEqualTo(target);
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(Files.readString(target)).isEqualTo("keep me\n");
    }

    // --- every failure is one clear line ---

    @Test
    void aTargetVersionTooLongForANumberIsAUsageError() throws IOException {
        String huge = "mysql:" + "9".repeat(29);
        CliRun flag = migralint("--target", huge, migrations.toString());
        assertThat(flag.exit()).isEqualTo(2);
        assertThat(flag.err().strip()).startsWith("migralint: unknown target '" + huge + "'")
                .doesNotContain("internal error");

        Files.writeString(dir.resolve(".migralint.yaml"), "target: " + huge + "\n");
        CliRun config = migralint("--config", dir.resolve(".migralint.yaml").toString(), migrations.toString());
        assertThat(config.exit()).isEqualTo(2);
        assertThat(config.err().strip()).contains(".migralint.yaml:1:9: 'target' must be <server>:<version>");
    }

    @Test
    void aBaselineTooDeepOrTooLongIsAOneLineError() throws IOException {
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(2000) + "]".repeat(2000));
        CliRun nested = migralint("--baseline", deep.toString(), migrations.toString());
        assertThat(nested.exit()).isEqualTo(2);
        assertThat(nested.err().strip()).startsWith("migralint: " + deep + ": not a Migralint baseline")
                .doesNotContain("internal error").doesNotContain("\n");

        Path longString = Files.writeString(dir.resolve("long.json"), "{\"version\": 1, \"findings\": [{\"rule\": \""
                + "x".repeat(25 << 20) + "\"}]}");
        CliRun big = migralint("--baseline", longString.toString(), migrations.toString());
        assertThat(big.exit()).isEqualTo(2);
        assertThat(big.err().strip()).startsWith("migralint: " + longString + ": not a Migralint baseline")
                .doesNotContain("internal error");
    }

    @Test
    void anOutputPathThatIsADirectoryIsAUsageErrorBeforeTheRun() {
        for (String flag : List.of("-o", "--write-baseline")) {
            CliRun run = migralint(flag, "/", migrations.toString());
            assertThat(run.exit()).as(flag).isEqualTo(2);
            assertThat(run.err().strip()).as(flag).endsWith(" /: is a directory; name a file")
                    .doesNotContain("internal error");
        }
    }

    @Test
    void writeBaselineSaysWhichMigrationItCouldNotReadAndWritesNothing() throws IOException {
        // a file even root cannot read: /proc/self/mem is a regular file whose first page is never mapped (EIO)
        Path mem = Path.of("/proc/self/mem");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(mem), "needs Linux's /proc");
        Path folder = Files.createDirectories(migrations.resolve("20240201000000_unreadable"));
        Path unreadable = Files.createSymbolicLink(folder.resolve("migration.sql"), mem);
        Path baseline = dir.resolve("baseline.json");

        CliRun run = migralint("--write-baseline", baseline.toString(), unreadable.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read ").contains("20240201000000_unreadable/migration.sql")
                .contains(baseline + " not written");
        assertThat(baseline).doesNotExist();
        Files.delete(unreadable); // else JUnit warns, in two log lines, as it deletes a link out of its folder
    }

    @Test
    void reportsAndBaselinesGetTheModeANewFileGetsOrKeepTheModeOfTheFileTheyReplace() throws IOException {
        Path probe = Files.createFile(dir.resolve("probe")); // what this process's umask gives a new file
        Set<PosixFilePermission> umaskMode = Files.getPosixFilePermissions(probe);
        org.junit.jupiter.api.Assumptions.assumeFalse(umaskMode.equals(PosixFilePermissions.fromString("rw-------")),
                "under umask 077 a new file's mode is a temporary file's: nothing to tell apart");
        Path report = dir.resolve("report.sarif");
        Path baseline = dir.resolve("baseline.json");

        migralint("--format", "sarif", "-o", report.toString(), migrations.toString());
        migralint("--write-baseline", baseline.toString(), migrations.toString());
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(umaskMode);
        assertThat(Files.getPosixFilePermissions(baseline)).isEqualTo(umaskMode);

        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-r--r--");
        Set<PosixFilePermission> groupWritable = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(report, shared);
        Files.setPosixFilePermissions(baseline, groupWritable);
        migralint("--format", "sarif", "-o", report.toString(), migrations.toString());
        migralint("--write-baseline", baseline.toString(), migrations.toString());
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(shared);
        assertThat(Files.getPosixFilePermissions(baseline)).isEqualTo(groupWritable);
    }

    // --- log steering ---

    @Test
    void noFormatLetsAHostileNameStartACommandOrReorderTheLine() throws IOException {
        // ESC, a C1 control, a right-to-left override and the runner's legacy command syntax in a folder name,
        // and a column name; the folder name also starts a workflow command when it begins a line
        String hostile = "x\u001b[2J\u009b\u202Eevil##[add-mask]secret";
        String column = "`" + hostile.replace("`", "``") + "`";
        migration("20240115000000_add", "ALTER TABLE `User` ADD COLUMN " + column + " INT NULL;\n");
        migration("20240201000000_" + hostile, "ALTER TABLE `User` DROP COLUMN " + column + ";\n");
        for (String format : List.of("text", "json", "sarif", "github")) {
            CliRun run = migralint("--format", format, "--no-color", migrations.toString());
            assertThat(run.exit()).as(format).isEqualTo(1);
            assertThat(run.out()).as(format).doesNotContain("##[").doesNotContain("\u001b").doesNotContain("\u009b")
                    .doesNotContain("\u202E");
        }
        // DEL too, which Jackson writes raw
        migration("20240301000000_del\u007f", "ALTER TABLE `User` DROP COLUMN `a`;\n");
        for (String format : List.of("json", "sarif")) {
            assertThat(migralint("--format", format, migrations.toString()).out()).as(format).doesNotContain("\u007f");
        }
        assertThat(migralint("--format", "json", migrations.toString()).out()).contains("del\\u007F");
        // JSON and SARIF still carry the names exactly, as data
        JsonNode json = new ObjectMapper().readTree(migralint("--format", "json", migrations.toString()).out());
        assertThat(json.get("findings").findValuesAsText("message")).anyMatch(m -> m.contains(hostile));
        // text shows what is there, escaped
        assertThat(migralint("--no-color", migrations.toString()).out())
                .contains("x\\x1b[2J\\x9b\\u202eevil#\\x23[add-mask]secret");
    }

    @Test
    void aLineCannotStartWithAWorkflowCommandThroughAFileName() throws IOException {
        Path plain = Files.createDirectories(dir.resolve("sql"));
        Files.writeString(plain.resolve("::add-mask::x.sql"), "DROP TABLE `User`;\n");
        Files.writeString(plain.resolve("\u3000::stop-commands::y.sql"), "DROP TABLE `User`;\n");

        CliRun run = CliRun.of("--no-color", "--root", plain.toString(), plain.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines()).isNotEmpty()
                .allSatisfy(line -> assertThat(line.strip()).doesNotStartWith("::"));
        assertThat(run.out()).contains("\\x3a:add-mask::x.sql:1:1: error[drop-table]");

        CliRun github = CliRun.of("--format", "github", "--root", plain.toString(), plain.toString());
        assertThat(github.out().lines()).allSatisfy(line -> assertThat(line.startsWith("::error ")
                || !line.strip().startsWith("::")).as(line).isTrue());
        Path broken = Files.writeString(plain.resolve("::set-output name=x::y.sql"), new String(new byte[] {'x'}) + "'");
        CliRun stderr = CliRun.of("--write-baseline", plain.toString(), "--root", plain.toString(), broken.toString());
        assertThat(stderr.err().lines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("migralint: "));
    }

    @Test
    void standardErrorShowsWhatAConfigSaysWithoutObeyingIt() throws IOException {
        Path config = Files.writeString(dir.resolve(".migralint.yaml"),
                "rules:\n  \"x\\n::add-mask::secret\\u001b[2J##[set-env name=A]b\": error\n");

        CliRun run = migralint("--config", config.toString(), migrations.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).doesNotContain("\n::").doesNotContain("\u001b").doesNotContain("##[")
                .contains("unknown rule 'x\\x0a::add-mask::secret\\x1b[2J#\\x23[set-env name=A]b'");
    }

    @Test
    void staleBaselineEntriesAreListedOneSafeLineEach() throws IOException {
        Path baseline = Files.writeString(dir.resolve("baseline.json"), """
                {"version": 1, "findings": [{"rule": "drop-table", "file": "a\\n::add-mask::b.sql",
                 "fingerprint": "0", "message": "gone\\r\\n##[error]x"}]}
                """);

        CliRun run = migralint("--baseline", baseline.toString(), "--verbose", migrations.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err().lines().toList()).containsExactly("migralint: stale baseline entry: "
                + "a\\x0a::add-mask::b.sql: drop-table: gone\\x0d\\x0a#\\x23[error]x");
    }

    @Test
    void sarifUrisAreValidReferencesWhateverTheFolderName() throws Exception {
        migration("20240201000000_a b#c%d?e:f", "DROP TABLE `User`;\n");
        Path spaced = Files.createDirectories(dir.resolve("with space"));

        for (String root : List.of(dir.toString(), spaced.toString())) {
            CliRun run = migralint("--format", "sarif", "--root", root, migrations.toString());
            assertThat(run.err()).as(root).doesNotContain("internal error");
            JsonNode results = new ObjectMapper().readTree(run.out()).get("runs").get(0).get("results");
            JsonNode location = results.get(0).get("locations").get(0).get("physicalLocation")
                    .get("artifactLocation");
            URI uri = new URI(location.get("uri").asText()); // throws when it is not a URI reference
            String expected = "prisma/migrations/20240201000000_a b#c%d?e:f/migration.sql";
            if (root.equals(dir.toString())) {
                assertThat(uri.getScheme()).isNull();
                assertThat(uri.getPath()).isEqualTo(expected);
            } else {
                assertThat(uri.getScheme()).isEqualTo("file");
                assertThat(uri.getPath()).isEqualTo(dir.resolve(expected).toString());
            }
        }
    }

    // --- plugins ---

    @Test
    void aPluginThatIsNotAJarIsRefused() throws IOException {
        Path notAJar = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        CliRun run = migralint("--plugin", notAJar.toString(), migrations.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("migralint: plugin " + notAJar + ": not a jar file");
    }
}
