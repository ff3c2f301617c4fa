package org.jjmask.design.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The line of every key in a YAML document, by dotted path ({@code lattice.pitch_nm}), and of every
 * list entry by index ({@code labels[0].text}, {@code lattice.origin_nm[1]}), so that validation
 * can point at it. A key inside a list is also found without its index ({@code labels.text}: the
 * first entry that has it).
 */
public final class KeyLines {

    private final Map<String, Integer> lines;
    /** Every key as written, duplicates too: path, line and column. */
    private final java.util.List<Place> places;

    private record Place(String path, int line, int column) {}

    private KeyLines(Map<String, Integer> lines, java.util.List<Place> places) {
        this.lines = lines;
        this.places = places;
    }

    /** One open container: its path, and for a list the index of the next entry. */
    private static final class Frame {
        final String path;
        final String plainPath;
        final boolean list;
        int next;

        Frame(String path, String plainPath, boolean list) {
            this.path = path;
            this.plainPath = plainPath;
            this.list = list;
        }
    }

    public static KeyLines of(String yaml) {
        Map<String, Integer> lines = new HashMap<>();
        java.util.List<Place> places = new java.util.ArrayList<>();
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            Deque<Frame> stack = new ArrayDeque<>();
            String pending = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    pending = p.currentName();
                    Frame top = stack.peek();
                    String key = join(top == null ? "" : top.path, pending);
                    String plain = join(top == null ? "" : top.plainPath, pending);
                    int line = p.currentLocation().getLineNr();
                    places.add(new Place(key, line, p.currentLocation().getColumnNr()));
                    lines.putIfAbsent(key, line);
                    lines.putIfAbsent(plain, line);
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    if (!stack.isEmpty()) {
                        stack.pop();
                    }
                    pending = null;
                    continue;
                }
                // the path of this value: the pending field of a section, or the next index of a list
                Frame top = stack.peek();
                String path;
                String plain;
                if (top != null && top.list) {
                    path = top.path + "[" + top.next++ + "]";
                    plain = top.plainPath;
                    lines.putIfAbsent(path, p.currentLocation().getLineNr());
                } else if (pending != null) {
                    path = join(top == null ? "" : top.path, pending);
                    plain = join(top == null ? "" : top.plainPath, pending);
                } else {
                    path = top == null ? "" : top.path;
                    plain = top == null ? "" : top.plainPath;
                }
                pending = null;
                switch (t) {
                    case START_OBJECT -> stack.push(new Frame(path, plain, false));
                    case START_ARRAY -> stack.push(new Frame(path, plain, true));
                    default -> { }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a broken document is reported by the parser with its own location; lines stay partial
        }
        return new KeyLines(lines, places);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /**
     * The key a parser's complaint at ({@code line}, {@code column}) belongs to: the last key
     * written on that line before the column (a flow section holds several on one line).
     */
    public Optional<String> keyAt(int line, int column) {
        Place best = null;
        Place first = null;
        for (Place p : places) {
            if (p.line() != line) {
                continue;
            }
            if (first == null) {
                first = p;
            }
            if (p.column() <= column && (best == null || p.column() > best.column())) {
                best = p;
            }
        }
        return Optional.ofNullable(best != null ? best : first).map(Place::path);
    }

    public Optional<Integer> line(String key) {
        return Optional.ofNullable(lines.get(key));
    }
}
