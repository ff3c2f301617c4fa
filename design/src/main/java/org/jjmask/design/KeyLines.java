package org.jjmask.design;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The line of every key in a YAML document, by dotted path, so that validation can point at it. */
final class KeyLines {

    private final Map<String, Integer> lines;

    private KeyLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static KeyLines of(String yaml) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            Deque<String> path = new ArrayDeque<>();
            Deque<Boolean> named = new ArrayDeque<>();
            String pending = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        if (pending != null) {
                            path.addLast(pending);
                        }
                        named.push(pending != null);
                        pending = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        if (!named.isEmpty() && named.pop() && !path.isEmpty()) {
                            path.removeLast();
                        }
                    }
                    case FIELD_NAME -> {
                        pending = p.currentName();
                        String key = path.isEmpty() ? pending : String.join(".", path) + "." + pending;
                        lines.putIfAbsent(key, p.currentLocation().getLineNr());
                    }
                    default -> pending = null;
                }
            }
        } catch (IOException | RuntimeException e) {
            // a broken document is reported by the mapper with its own location; lines stay partial
        }
        return new KeyLines(lines);
    }

    Optional<Integer> line(String key) {
        return Optional.ofNullable(lines.get(key));
    }
}
