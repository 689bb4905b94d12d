package dev.migralint.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * YAML read into a small tree whose nodes remember their line and column, so that every config error can point
 * at the key or value it is about. Jackson's data binding would lose the positions; its streaming parser has them.
 * Nothing here creates objects named by the file (YAML tags are ignored): scalars stay text.
 */
final class LocatedYaml {
    /** One-based, as editors show them. */
    record Position(int line, int column) {}

    sealed interface Node permits Scalar, Sequence, Mapping {
        Position at();
    }

    /** A plain or quoted value, as written: YAML 1.1 reads {@code off} as false, but a severity means "off". */
    record Scalar(String text, boolean isNull, Position at) implements Node {}

    record Sequence(List<Node> items, Position at) implements Node {
        Sequence {
            items = List.copyOf(items);
        }
    }

    record Entry(String key, Position keyAt, Node value) {}

    record Mapping(List<Entry> entries, Position at) implements Node {
        Mapping {
            entries = List.copyOf(entries);
        }
    }

    private static final YAMLFactory YAML = new YAMLFactory();

    private final String file;
    private final YAMLParser parser;

    private LocatedYaml(String file, YAMLParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** The document's root node; empty for a file holding nothing (or only comments). */
    static Optional<Node> read(String file, String text) throws ConfigException {
        try (YAMLParser parser = YAML.createParser(text)) {
            LocatedYaml reader = new LocatedYaml(file, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            Node root = reader.node(first);
            if (parser.nextToken() != null) {
                // Jackson would go on with the next document; a config that is two configs is a mistake.
                throw ConfigException.at(file, reader.position(),
                        "a second YAML document starts here; the config must be one document (remove the '---')");
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            throw syntaxError(file, e);
        } catch (IOException e) {
            // The text is already in memory: only the parser's own errors above can really happen.
            throw new IllegalStateException("reading YAML from a string failed", e);
        }
    }

    private Node node(JsonToken token) throws IOException, ConfigException {
        Position at = position();
        return switch (token) {
            case START_OBJECT -> mapping(at);
            case START_ARRAY -> sequence(at);
            default -> scalar(token, at);
        };
    }

    private Mapping mapping(Position at) throws IOException, ConfigException {
        List<Entry> entries = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            Position keyAt = position();
            Position first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                // YAML forbids it, but parsers keep the last value silently: say so instead.
                throw ConfigException.at(file, keyAt,
                        "duplicate key '" + key + "' (first at line " + first.line() + ")");
            }
            entries.add(new Entry(key, keyAt, node(parser.nextToken())));
        }
        return new Mapping(entries, at);
    }

    private Sequence sequence(Position at) throws IOException, ConfigException {
        List<Node> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            items.add(node(t));
        }
        return new Sequence(items, at);
    }

    private Scalar scalar(JsonToken token, Position at) throws IOException, ConfigException {
        if (parser.isCurrentAlias()) {
            // Jackson hands an alias over as the anchor's name, which would be silently wrong.
            throw ConfigException.at(file, at, "YAML aliases ('*" + parser.getText()
                    + "') are not supported here; write the value out");
        }
        return new Scalar(token == JsonToken.VALUE_NULL ? "" : parser.getText(), token == JsonToken.VALUE_NULL, at);
    }

    private Position position() {
        JsonLocation l = parser.currentTokenLocation();
        return new Position(l.getLineNr(), l.getColumnNr());
    }

    /** One line, placed where the YAML parser saw the problem, without parser class names or a source excerpt. */
    private static ConfigException syntaxError(String file, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            String problem = oneLine(marked.getProblem());
            String context = marked.getContext() == null || marked.getContextMark() == null ? ""
                    : " (" + oneLine(marked.getContext()) + " at line " + (marked.getContextMark().getLine() + 1)
                            + ", column " + (marked.getContextMark().getColumn() + 1) + ")";
            Position at = new Position(marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
            return ConfigException.at(file, at, "invalid YAML: " + problem + context);
        }
        JsonLocation l = e.getLocation();
        Position at = l == null ? new Position(1, 1) : new Position(l.getLineNr(), l.getColumnNr());
        // The one other error Jackson raises itself is a list or mapping used as a key (`? [a, b]`); its own
        // text names snakeyaml event classes, which mean nothing to a user.
        String message = String.valueOf(e.getOriginalMessage()).startsWith("Expected a field name")
                ? "invalid YAML: keys must be plain names, not lists or mappings"
                : "invalid YAML";
        return ConfigException.at(file, at, message);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
