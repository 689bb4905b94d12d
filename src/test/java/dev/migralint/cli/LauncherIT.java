package dev.migralint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/migralint}, the shipped launcher: its start-up cache is made without help and does not pile up. */
class LauncherIT {
    private static final Path PROJECT = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("migralint.jar",
            PROJECT.resolve("target/migralint.jar").toString()));

    @TempDir
    Path cacheHome;

    private String run(Path cache) throws IOException, InterruptedException {
        return run(cache, JAR, "");
    }

    /** A run of the launcher; {@code jvmOptions} go to the JVM through JAVA_TOOL_OPTIONS. */
    private String run(Path cache, Path jar, String jvmOptions) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(PROJECT.resolve("bin/migralint").toString(), "--no-color",
                PROJECT.resolve("testdata/examples/prisma-mysql").toString())
                .redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().put("MIGRALINT_JAR", jar.toString());
        if (!jvmOptions.isEmpty()) {
            builder.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
        }
        builder.environment().remove("MIGRALINT_NO_CDS");
        builder.environment().remove("JAVA");
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static List<Path> archives(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".jsa") || f.toString().endsWith(".aot")).toList();
        }
    }

    /** The archives in the folder once at least {@code count} of them are not stand-ins (the training is detached). */
    private static List<Path> awaitArchives(Path dir, int count) throws IOException, InterruptedException {
        for (int i = 0; i < 600; i++) {
            List<Path> made = archives(dir).stream().filter(f -> !f.getFileName().toString().contains("-old."))
                    .toList();
            if (made.size() >= count) {
                return archives(dir);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no start-up cache appeared in " + dir + " within 60 s: " + archives(dir));
    }

    @Test
    void theFirstRunMakesACacheAndOldOnesArePruned() throws IOException, InterruptedException {
        Path dir = Files.createDirectories(cacheHome.resolve("migralint"));
        for (int i = 0; i < 6; i++) { // archives of six earlier builds, oldest first
            Path old = Files.writeString(dir.resolve("migralint-" + i + "-old.jsa"), "stale");
            Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600L * (10 - i))));
        }

        String first = run(cacheHome);
        awaitArchives(dir, 1);
        String second = run(cacheHome);

        assertThat(first).contains("6 errors").isEqualTo(second);
        List<Path> left = archives(dir);
        assertThat(left).hasSizeLessThanOrEqualTo(4)
                .anyMatch(f -> !f.getFileName().toString().contains("-old."))
                .noneMatch(f -> f.getFileName().toString().equals("migralint-0-old.jsa"));
    }

    @Test
    void aCopyOfTheJarWithTheSameSizeAndTimeGetsAnArchiveOfItsOwn() throws IOException, InterruptedException {
        Path copy = Files.copy(JAR, cacheHome.resolve("copy.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Path cache = Files.createDirectories(cacheHome.resolve("cache"));
        run(cache, JAR, "");
        run(cache, copy, "");
        assertThat(awaitArchives(cache.resolve("migralint"), 2)).hasSize(2);
        assumeTrue(javaVersion() < 25, "the class-data-sharing log line below is Java 17's");
        // the archive of each path maps: our classes come from it, not from the jar
        String logged = run(cache, copy, "-Xlog:class+load=info");
        assertThat(logged).contains("dev.migralint.cli.Main source: shared objects file (top)");
    }

    private static int javaVersion() {
        return Runtime.version().feature();
    }
}
