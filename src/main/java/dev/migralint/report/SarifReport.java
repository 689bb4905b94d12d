package dev.migralint.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.migralint.rule.Finding;
import dev.migralint.rule.RuleInfo;
import dev.migralint.rule.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * SARIF 2.1.0 for GitHub code scanning, built with the java-sarif object model. One run; every rule is a reporting
 * descriptor carrying its documentation as help; results point into files relative to {@code %SRCROOT%} and carry a
 * fingerprint made of what the finding says, not where, so moving lines above it does not re-open the alert.
 */
public final class SarifReport {
    public static final String INFORMATION_URI = "https://github.com/migralint/migralint";
    private static final String SRCROOT = "%SRCROOT%";

    private final String toolVersion;
    private final List<RuleInfo> rules;
    private final Function<String, Optional<String>> docs;
    private final ObjectMapper mapper = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .addMixIn(ReportingConfiguration.class, ExplicitDefaults.class)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    {
        mapper.getFactory().setCharacterEscapes(SafeText.JSON_ESCAPES);
    }

    /** java-sarif omits values equal to SARIF's defaults; we state every rule's level so readers need not know them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private abstract static class ExplicitDefaults {
    }

    /** {@code rules}: every rule that ran, in order; {@code docs}: a rule's Markdown documentation by id. */
    public SarifReport(String toolVersion, List<RuleInfo> rules, Function<String, Optional<String>> docs) {
        this.toolVersion = toolVersion;
        this.rules = List.copyOf(rules);
        this.docs = docs;
    }

    public void write(LintReport report, PrintWriter out) {
        try {
            SafeText.FinishingWriter safe = SafeText.jsonBreakingCommands(out);
            mapper.writeValue(safe, build(report));
            safe.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    SarifSchema210 build(LintReport report) {
        Map<String, Integer> index = new HashMap<>();
        Set<ReportingDescriptor> descriptors = new LinkedHashSet<>(); // java-sarif models rules as a Set
        for (RuleInfo info : rules) {
            index.put(info.id(), index.size());
            descriptors.add(descriptor(info));
        }
        for (Finding f : report.findings()) { // a finding of a rule we were not told about (a plugin's)
            if (!index.containsKey(f.rule())) {
                index.put(f.rule(), index.size());
                descriptors.add(descriptor(RuleInfo.of(f.rule(), f.category(), f.severity(), f.rule())));
            }
        }
        ToolComponent driver = new ToolComponent()
                .withName("migralint")
                .withVersion(toolVersion)
                .withSemanticVersion(toolVersion.replace("-SNAPSHOT", ""))
                .withInformationUri(URI.create(INFORMATION_URI))
                .withRules(descriptors);
        List<Result> results = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (Finding f : report.findings()) {
            results.add(result(f, index.get(f.rule()), occurrences));
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(driver))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
                .withResults(results);
        SarifSchema210 log = new SarifSchema210()
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
        log.set$schema(URI.create("https://json.schemastore.org/sarif-2.1.0.json"));
        return log;
    }

    private ReportingDescriptor descriptor(RuleInfo info) {
        String doc = docs.apply(info.id()).orElse("# " + info.id() + "\n\n" + info.summary() + "\n");
        Set<String> tags = new LinkedHashSet<>(List.of(info.category().id()));
        return new ReportingDescriptor()
                .withId(info.id())
                .withName(camel(info.id()))
                .withShortDescription(new MultiformatMessageString().withText(info.summary()))
                .withFullDescription(new MultiformatMessageString().withText(firstParagraph(doc, info.summary())))
                .withHelp(new MultiformatMessageString().withText(doc).withMarkdown(doc))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(configLevel(info.severity())))
                .withProperties(new PropertyBag().withTags(tags));
    }

    private Result result(Finding f, int ruleIndex, Map<String, Integer> occurrences) {
        Region region = new Region()
                .withStartLine(f.span().line())
                .withStartColumn(f.span().column())
                .withEndLine(f.span().endLine())
                .withEndColumn(Math.max(f.span().endColumn(), f.span().column() + (f.span().endLine() > f.span()
                        .line() ? 0 : 1)));
        ArtifactLocation artifact = f.file().startsWith("/")
                ? new ArtifactLocation().withUri("file://" + uriPath(f.file()))
                : new ArtifactLocation().withUri(uriPath(f.file())).withUriBaseId(SRCROOT);
        String hash = sha256(f.rule() + "\u0000" + f.file() + "\u0000" + f.message()).substring(0, 16);
        int occurrence = occurrences.merge(hash, 1, Integer::sum);
        Set<Suppression> suppressions = new LinkedHashSet<>();
        f.suppression().ifPresent(reason -> suppressions.add(new Suppression()
                .withKind(Suppression.Kind.IN_SOURCE).withJustification(reason)));
        return new Result()
                .withSuppressions(suppressions.isEmpty() ? null : suppressions)
                .withRuleId(f.rule())
                .withRuleIndex(ruleIndex)
                .withLevel(resultLevel(f.severity()))
                .withMessage(new Message().withText(f.message() + (f.hint().isEmpty() ? "" : "\nHint: " + f.hint())))
                .withLocations(List.of(new Location().withPhysicalLocation(new PhysicalLocation()
                        .withArtifactLocation(artifact).withRegion(region))))
                .withPartialFingerprints(new PartialFingerprints()
                        .withAdditionalProperty("primaryLocationLineHash", hash + ":" + occurrence));
    }

    /**
     * A path as the path of a URI reference (RFC 3986): each segment percent-encoded as UTF-8 except the unreserved
     * characters, so a folder named {@code a b#c%d?e} stays one path ({@code a%20b%23c%25d%3Fe}), and a ':' in the
     * first segment cannot read as a scheme.
     */
    static String uriPath(String path) {
        StringBuilder b = new StringBuilder(path.length() + 16);
        for (byte octet : path.getBytes(StandardCharsets.UTF_8)) {
            int c = octet & 0xff;
            boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return b.toString();
    }

    private static Result.Level resultLevel(Severity s) {
        return switch (s) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case INFO -> Result.Level.NOTE;
        };
    }

    private static ReportingConfiguration.Level configLevel(Severity s) {
        return switch (s) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case INFO -> ReportingConfiguration.Level.NOTE;
        };
    }

    private static String camel(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    /** The doc's first paragraph after its title and the category line, or the summary. */
    private static String firstParagraph(String doc, String fallback) {
        for (String para : doc.split("\\n\\s*\\n")) {
            String p = para.strip();
            if (!p.isEmpty() && !p.startsWith("#") && !p.startsWith("**Category")) {
                return p.replaceAll("\\s*\\n\\s*", " ");
            }
        }
        return fallback;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
