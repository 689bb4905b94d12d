package dev.migralint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.migralint.rule.Finding;
import dev.migralint.rule.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON contract, version 1. Field names and meanings are stable; new fields may be added, never renamed. Lines
 * and columns are 1-based; {@code endColumn} is exclusive.
 */
public final class JsonReport {
    public static final int VERSION = 1;
    private final String toolVersion;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    {
        mapper.getFactory().setCharacterEscapes(SafeText.JSON_ESCAPES);
    }

    public JsonReport(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    public void write(LintReport report, PrintWriter out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", "migralint");
        tool.put("version", toolVersion);
        root.put("tool", tool);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("severity", f.severity().id());
            m.put("category", f.category().id());
            m.put("file", f.file());
            m.put("line", f.span().line());
            m.put("column", f.span().column());
            m.put("endLine", f.span().endLine());
            m.put("endColumn", f.span().endColumn());
            m.put("message", f.message());
            m.put("hint", f.hint());
            m.put("suppressed", f.suppressed());
            f.suppression().ifPresent(reason -> m.put("justification", reason));
            findings.add(m);
        }
        root.put("findings", findings);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("migrations", report.migrations());
        summary.put("statements", report.statements());
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("infos", report.count(Severity.INFO));
        summary.put("suppressed", report.suppressed());
        summary.put("baselined", report.baselined());
        root.put("summary", summary);
        try {
            SafeText.FinishingWriter safe = SafeText.jsonBreakingCommands(out);
            mapper.writeValue(safe, root); // streamed: the report of a long history runs to megabytes
            safe.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }
}
