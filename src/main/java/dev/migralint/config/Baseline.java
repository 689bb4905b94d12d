package dev.migralint.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.migralint.rule.Finding;
import dev.migralint.source.ReadableTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings a team accepted when it turned Migralint on. An entry is a fingerprint of the rule, the file and the
 * statement's text (and how many equal ones came before it), not of line numbers, so editing above a finding does
 * not bring it back. With a baseline, only findings that are not in it are reported.
 */
public final class Baseline {
    public static final int VERSION = 1;
    /** A baseline of 100,000 findings is about 25 MiB; a file past this is not one. */
    static final long MAX_BYTES = 64L << 20;

    /**
     * A baseline is three levels deep and holds short strings: anything deeper or longer is refused early, with a
     * message, instead of costing memory and time (Jackson's own limits are 1,000 levels and 20 million chars).
     */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32)
                    .maxStringLength(1 << 20).build())
            .build()).enable(SerializationFeature.INDENT_OUTPUT);

    /** One accepted finding; {@code message} is there for the humans who read the file. */
    public record Entry(String rule, String file, String fingerprint, String message) {
    }

    /** What a baseline made of a run: the findings still reported, how many it matched, and its stale entries. */
    public record Applied(List<Finding> findings, int matched, List<Entry> stale) {
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** A problem with a baseline file, already phrased for the user. */
    public static final class BaselineException extends Exception {
        BaselineException(String message) {
            super(message);
        }
    }

    /** The unsuppressed findings as the text of a baseline file (the caller writes it). */
    public static String render(List<Finding> findings) {
        List<Finding> kept = findings.stream().filter(f -> !f.suppressed()).toList();
        List<String> fingerprints = fingerprints(kept);
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.put("tool", "migralint");
        ArrayNode array = root.putArray("findings");
        for (int i = 0; i < kept.size(); i++) {
            Finding f = kept.get(i);
            array.addObject().put("rule", f.rule()).put("file", f.file()).put("fingerprint", fingerprints.get(i))
                    .put("message", f.message());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    /**
     * Reads a baseline file. One a config names must lie in the config's tree ({@code within}), links followed: a
     * config is a file of the repository, and a pull request could point {@code baseline:} at any file of the CI
     * machine; one named with {@code --baseline} is read wherever it is.
     */
    public static Baseline read(Path file, Optional<ReadableTree> within) throws BaselineException {
        if (within.isPresent() && !within.get().holds(file, ".json")) {
            throw new BaselineException(file + ": outside " + within.get().root() + " (links followed), or a link to "
                    + "no .json file, so a baseline the config names is not read there; name it with --baseline to "
                    + "use it");
        }
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BaselineException(file + ": " + Files.size(file) / (1 << 20) + " MiB, larger than a "
                        + "baseline can be (" + MAX_BYTES / (1 << 20) + " MiB)");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BaselineException(file + ": no such file (write one with --write-baseline " + file + ")");
        } catch (AccessDeniedException e) {
            throw new BaselineException(file + ": cannot read: permission denied");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BaselineException(file + ": cannot read: not UTF-8 text");
        } catch (IOException e) {
            throw new BaselineException(file + ": cannot read: " + e.getMessage());
        }
        return parse(file.toString(), text);
    }

    public static Baseline read(Path file) throws BaselineException {
        return read(file, Optional.empty());
    }

    /** A baseline's text from elsewhere (a git revision); {@code name} names it in messages. */
    public static Baseline parse(String name, String text) throws BaselineException {
        if (text.length() > MAX_BYTES) {
            throw new BaselineException(name + ": larger than a baseline can be (" + MAX_BYTES / (1 << 20) + " MiB)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (StreamConstraintsException e) {
            // too deep or too long for a baseline; Jackson gives these no location
            throw new BaselineException(name + ": not a Migralint baseline: " + e.getOriginalMessage());
        } catch (JacksonException e) {
            // located, but not quoted: Jackson's message repeats the text it choked on, which need not be ours
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr();
            throw new BaselineException(name + at + ": not a Migralint baseline: not valid JSON here");
        }
        if (root == null || !root.isObject() || root.path("version").asInt() != VERSION
                || !root.path("findings").isArray()) {
            throw new BaselineException(name + ": not a Migralint baseline (expected {\"version\": 1, \"findings\": "
                    + "[…]})");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : root.get("findings")) {
            entries.add(new Entry(e.path("rule").asText(), e.path("file").asText(), e.path("fingerprint").asText(),
                    e.path("message").asText()));
        }
        return new Baseline(entries);
    }

    /** Drops the unsuppressed findings the baseline holds; suppressed findings pass through untouched. */
    public Applied apply(List<Finding> findings) {
        Map<String, Integer> remaining = new HashMap<>();
        for (Entry e : entries) {
            remaining.merge(e.fingerprint(), 1, Integer::sum);
        }
        List<Finding> unsuppressed = findings.stream().filter(f -> !f.suppressed()).toList();
        List<String> prints = fingerprints(unsuppressed);
        Map<Finding, String> printOf = new IdentityHashMap<>();
        for (int i = 0; i < unsuppressed.size(); i++) {
            printOf.put(unsuppressed.get(i), prints.get(i));
        }
        List<Finding> kept = new ArrayList<>();
        int matched = 0;
        for (Finding f : findings) {
            String fp = printOf.get(f);
            if (fp != null && remaining.getOrDefault(fp, 0) > 0) {
                remaining.merge(fp, -1, Integer::sum);
                matched++;
            } else {
                kept.add(f);
            }
        }
        List<Entry> stale = entries.stream().filter(e -> remaining.getOrDefault(e.fingerprint(), 0) > 0).toList();
        return new Applied(kept, matched, stale);
    }

    /** Fingerprints in order; equal (rule, file, statement) triples are told apart by their occurrence. */
    static List<String> fingerprints(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            String key = f.rule() + "\u0000" + f.file() + "\u0000" + f.statement();
            int occurrence = seen.merge(key, 1, Integer::sum);
            out.add(sha256(key + "\u0000" + occurrence).substring(0, 32));
        }
        return out;
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
