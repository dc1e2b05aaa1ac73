package io.github.altibaseportable.rewrite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a golden table: blocks of {@code key: value} lines separated by blank lines, {@code #}
 * starts a comment line. Keys: {@code in} (required), {@code out} ({@code =} for "unchanged"),
 * {@code params} (the mapping as {@link ParameterMapping#toString()} prints it; {@code =} or absent
 * for "unchanged"), {@code outcome}, and rule-specific keys such as {@code dialect}. A value may
 * continue on following lines that start with whitespace; {@code \n} in a value is a newline.
 */
public final class GoldenTable {

    /** One row of a golden table, with the line it starts on. */
    public record Row(String source, int line, Map<String, String> values) {
        public String get(String key) {
            return values.get(key);
        }

        public String getOrDefault(String key, String fallback) {
            return values.getOrDefault(key, fallback);
        }

        @Override
        public String toString() {
            return source + ":" + line + " " + values.get("in");
        }
    }

    private GoldenTable() {}

    public static List<Row> load(String resource) {
        try (InputStream in = GoldenTable.class.getResourceAsStream("/golden/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden table " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> parse(String source, String text) {
        List<Row> rows = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        String lastKey = null;
        int start = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    rows.add(finish(source, start, current));
                    current = new LinkedHashMap<>();
                }
                lastKey = null;
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && lastKey != null) {
                current.put(lastKey, current.get(lastKey) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected 'key: value'");
            }
            if (current.isEmpty()) {
                start = i + 1;
            }
            lastKey = line.substring(0, colon).strip();
            if (current.containsKey(lastKey)) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": duplicate key " + lastKey);
            }
            current.put(lastKey, line.substring(colon + 1).stripLeading());
        }
        if (!current.isEmpty()) {
            rows.add(finish(source, start, current));
        }
        return rows;
    }

    private static Row finish(String source, int line, Map<String, String> values) {
        if (!values.containsKey("in")) {
            throw new IllegalArgumentException(source + ":" + line + ": a row needs 'in'");
        }
        values.replaceAll((key, value) -> value.replace("\\n", "\n"));
        return new Row(source, line, Map.copyOf(values));
    }
}
