package dev.migralint.lint;

import dev.migralint.config.Baseline;
import dev.migralint.config.Config;
import dev.migralint.config.ConfigException;
import dev.migralint.config.ConfigLoader;
import dev.migralint.source.ReadableTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The config a run follows and where it came from: the file named ({@code --config}), the nearest
 * {@code .migralint.yaml} above the working directory, or either as of a git revision ({@code --config-from}, so a
 * pull request cannot change the policy it is checked against). No config is an empty one.
 */
public final class ProjectConfig {
    private final Config config;
    private final Optional<ConfigAtRevision> revision;

    private ProjectConfig(Config config, Optional<ConfigAtRevision> revision) {
        this.config = config;
        this.revision = revision;
    }

    /** Reads the config: {@code named}, else the nearest one from {@code here} up; at {@code revision} if given. */
    public static ProjectConfig read(Optional<Path> named, Optional<String> revision, Path here) throws LintException {
        try {
            if (revision.isPresent()) {
                ConfigAtRevision at = ConfigAtRevision.of(revision.get(), here);
                return new ProjectConfig(at.config(named, here).orElse(Config.empty()), Optional.of(at));
            }
            if (named.isPresent()) {
                return new ProjectConfig(ConfigLoader.load(named.get(), true), Optional.empty());
            }
            Optional<Path> found = ConfigLoader.find(here).map(f -> f.startsWith(here) ? here.relativize(f) : f);
            return new ProjectConfig(found.isPresent() ? ConfigLoader.load(found.get(), false) : Config.empty(),
                    Optional.empty());
        } catch (ConfigException | ConfigAtRevision.RevisionException e) {
            throw new LintException(e.getMessage());
        }
    }

    public Config config() {
        return config;
    }

    /**
     * The jars the config names, which are loaded only when the caller trusts the config: a config is a file of the
     * repository, which in CI is a pull request's, and a jar it names would run with the job's secrets.
     */
    public List<Path> plugins(boolean trusted) throws LintException {
        if (!config.plugins().isEmpty() && !trusted) {
            throw new LintException(config.name() + ":" + config.pluginsLine() + ": the config's plugins are not "
                    + "loaded: a jar named in a config runs with the rights of the run, and in CI a pull request can "
                    + "write the config; name the jars with --plugin, or pass --allow-config-plugins where the "
                    + "config and its jars are trusted");
        }
        return config.plugins();
    }

    /**
     * The baseline to apply: the file {@code named} (as given), else the one the config names, read within the
     * config's folder tree, or from the same revision as the config.
     */
    public Optional<Baseline> baseline(Optional<Path> named) throws LintException {
        try {
            if (named.isPresent()) {
                return Optional.of(Baseline.read(named.get(), Optional.empty()));
            }
            if (config.baseline().isEmpty()) {
                return Optional.empty();
            }
            Path file = config.baseline().get();
            if (revision.isPresent()) {
                return Optional.of(revision.get().baseline(file));
            }
            return Optional.of(Baseline.read(file,
                    Optional.of(ReadableTree.around(config.file().toAbsolutePath().getParent()))));
        } catch (Baseline.BaselineException | ConfigAtRevision.RevisionException e) {
            throw new LintException(e.getMessage());
        }
    }
}
