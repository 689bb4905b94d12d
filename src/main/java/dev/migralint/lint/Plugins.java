package dev.migralint.lint;

import dev.migralint.rule.RuleCatalog;
import dev.migralint.rules.BuiltInRules;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.jar.JarFile;

/**
 * Rules from other jars: only the jars named with {@code --plugin} or in {@code plugins:} are put on a class
 * loader, and {@link java.util.ServiceLoader} finds their {@code META-INF/services/dev.migralint.rule.Rule}.
 */
public final class Plugins {
    static final String SERVICE_FILE = "META-INF/services/dev.migralint.rule.Rule";

    private Plugins() {
    }

    /** Our rules and those of the jars. */
    public static RuleCatalog load(List<Path> jars) throws LintException {
        if (jars.isEmpty()) {
            return BuiltInRules.catalog();
        }
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                throw new LintException("plugin " + jar + ": no such file");
            }
            if (!Files.isReadable(jar)) {
                throw new LintException("plugin " + jar + ": cannot read: permission denied");
            }
            checkHoldsRules(jar);
            try {
                urls.add(jar.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new LintException("plugin " + jar + ": " + e.getMessage());
            }
        }
        // the loader lives as long as the run: its rules are used until the report is written
        @SuppressWarnings("resource")
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), Plugins.class.getClassLoader());
        try {
            return RuleCatalog.withPlugins(BuiltInRules.create(), loader);
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            // a plugin's constructor or info() is its authors' code: whatever it throws is a line, not a trace
            // (RuleCatalog's own complaint, a shared id, is an IllegalStateException whose message says it all)
            throw new LintException("cannot load the rules of " + jars + ": "
                    + (e instanceof IllegalStateException ? e.getMessage() : e.toString()));
        }
    }

    /** A jar (a zip file) with a service file naming rules: anything else is a mistake to say, not to skip. */
    private static void checkHoldsRules(Path jar) throws LintException {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry(SERVICE_FILE) == null) {
                throw new LintException("plugin " + jar + ": holds no Migralint rules (no " + SERVICE_FILE + ")");
            }
        } catch (IOException e) {
            throw new LintException("plugin " + jar + ": not a jar file (" + e.getMessage() + ")");
        }
    }
}
