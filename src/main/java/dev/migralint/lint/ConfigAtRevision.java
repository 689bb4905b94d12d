package dev.migralint.lint;

import dev.migralint.config.Baseline;
import dev.migralint.config.Config;
import dev.migralint.config.ConfigException;
import dev.migralint.config.ConfigLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code --config-from REF}: the config, and the baseline it names, as they are at a git revision rather than in the
 * checkout. In CI on a pull request the checkout is the pull request's: its {@code .migralint.yaml} could set
 * {@code fail-on: never} or switch rules off, and its baseline could list its own findings. Read from the base
 * branch, the policy a pull request is checked against is the one already reviewed and merged. Found as
 * {@link ConfigLoader#find} finds one (the working folder, then its parents up to the top of the work tree), but
 * among the files of REF; when REF has none, no config applies, whatever the checkout holds.
 */
public final class ConfigAtRevision {
    /** A blob larger than this is no config or baseline; it is not read. */
    private static final long MAX_BYTES = 64L << 20;

    private final String ref;
    private final Git git;
    private final Path top;

    private ConfigAtRevision(String ref, Git git, Path top) {
        this.ref = ref;
        this.git = git;
        this.top = top;
    }

    /** A usage problem with the revision, phrased for the user. */
    public static final class RevisionException extends Exception {
        RevisionException(String message) {
            super(message);
        }
    }

    public static ConfigAtRevision of(String ref, Path workingDirectory) throws RevisionException {
        try {
            Git git = Git.atRevision("--config-from", workingDirectory, ref);
            return new ConfigAtRevision(ref, git, git.dir());
        } catch (Git.GitException e) {
            throw new RevisionException(e.getMessage());
        }
    }

    /**
     * The config at the revision: the file {@code named} names (a path in the work tree), or the nearest
     * {@code .migralint.yaml} from {@code workingDirectory} up; empty when the revision holds none.
     */
    public Optional<Config> config(Optional<Path> named, Path workingDirectory) throws RevisionException,
            ConfigException {
        List<Path> candidates = new ArrayList<>();
        if (named.isPresent()) {
            candidates.add(workingDirectory.resolve(named.get()).normalize());
        } else {
            for (Path dir = Git.real(workingDirectory); dir != null && dir.startsWith(top); dir = dir.getParent()) {
                candidates.add(dir.resolve(ConfigLoader.FILE_NAME));
            }
        }
        for (Path file : candidates) {
            Optional<String> text = blob(file);
            if (text.isPresent()) {
                return Optional.of(ConfigLoader.parse(file, ref + ":" + inTree(file), text.get()));
            }
        }
        if (named.isPresent()) {
            throw new RevisionException("--config-from: " + ref + " has no " + inTree(candidates.get(0)));
        }
        return Optional.empty();
    }

    /** The baseline a config of the revision names, from the same revision. */
    public Baseline baseline(Path file) throws RevisionException, Baseline.BaselineException {
        Optional<String> text = blob(file.toAbsolutePath().normalize());
        if (text.isEmpty()) {
            throw new RevisionException("--config-from: the config names the baseline " + inTree(file)
                    + ", which " + ref + " does not have");
        }
        return Baseline.parse(ref + ":" + inTree(file), text.get());
    }

    /**
     * The text of a file at the revision; empty when the revision has no such file. A symbolic link there is
     * refused, not followed: its target would be a path of the CI machine.
     */
    private Optional<String> blob(Path file) throws RevisionException {
        String path = inTree(file);
        try {
            List<String> entries = Git.records(git.run("ls-tree", "-z", "--long", ref, "--", ":(literal)" + path));
            for (String entry : entries) {
                // <mode> SP <type> SP <object> SP+ <size> TAB <path>
                int tab = entry.indexOf('\t');
                if (tab < 0 || !entry.substring(tab + 1).equals(path)) {
                    continue;
                }
                String[] fields = entry.substring(0, tab).trim().split(" +");
                if (fields.length < 4 || !fields[1].equals("blob")) {
                    return Optional.empty();
                }
                if (fields[0].equals("120000")) {
                    throw new RevisionException("--config-from: " + ref + ":" + path + " is a symbolic link; not "
                            + "followed");
                }
                if (Long.parseLong(fields[3]) > MAX_BYTES) {
                    throw new RevisionException("--config-from: " + ref + ":" + path + " is larger than a config or "
                            + "baseline can be");
                }
                return Optional.of(git.run("cat-file", "blob", fields[2]));
            }
            return Optional.empty();
        } catch (Git.GitException e) {
            throw new RevisionException("--config-from: " + e.getMessage());
        } catch (NumberFormatException e) {
            throw new RevisionException("--config-from: unexpected output of git ls-tree for " + path);
        }
    }

    /** The path of a work tree file relative to the top, as git names it; refused when it lies outside. */
    private String inTree(Path file) throws RevisionException {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent() == null ? absolute : Git.real(absolute.getParent());
        Path resolved = parent.resolve(absolute.getFileName() == null ? "" : absolute.getFileName().toString());
        if (!resolved.startsWith(top)) {
            throw new RevisionException("--config-from: " + file + " is outside the git work tree " + top);
        }
        return Git.slashes(top.relativize(resolved));
    }
}
