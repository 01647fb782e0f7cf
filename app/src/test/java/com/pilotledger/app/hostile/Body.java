package com.pilotledger.app.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request body as a tree that a generator changes one field at a time, then writes as JSON or as a form. Values are
 * text, {@link Literal}s (written as they are: in JSON {@code 1e400}, {@code true}, a lone surrogate's escape; in a
 * form, percent-encoded bytes), nested maps, lists and null; {@link #ABSENT} removes a field.
 */
final class Body {

    /** Text written into the body as it is (JSON, or an encoded form value), for what a Java value cannot express. */
    record Literal(String json) {
    }

    static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "(absent)";
        }
    };

    private final Map<String, Object> root;

    Body(Map<String, Object> root) {
        this.root = root;
    }

    /** A copy with the value at a dotted path replaced (or removed, with {@link #ABSENT}). */
    Body with(String path, Object value) {
        Map<String, Object> copy = deepCopy(root);
        Map<String, Object> parent = copy;
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length - 1; i++) {
            Object child = parent.get(segments[i]);
            if (!(child instanceof Map<?, ?>)) {
                child = new LinkedHashMap<String, Object>();
                parent.put(segments[i], child);
            }
            @SuppressWarnings("unchecked") Map<String, Object> next = (Map<String, Object>) child;
            parent = next;
        }
        if (value == ABSENT) {
            parent.remove(segments[segments.length - 1]);
        } else {
            parent.put(segments[segments.length - 1], value);
        }
        return new Body(copy);
    }

    String json() {
        return json(root);
    }

    /** Form encoding of a flat body; a literal goes in as it is (already encoded), null as an empty value. */
    String form() {
        return root.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + formValue(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Literal literal) {
            return literal.json();
        }
        if (value instanceof String text) {
            return quote(text);
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> quote(entry.getKey().toString()) + ":" + json(entry.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Body::json).collect(Collectors.joining(",", "[", "]"));
        }
        throw new IllegalArgumentException("No JSON for " + value.getClass());
    }

    /** A JSON string; control characters escaped as JSON requires, everything else as it is. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String formValue(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Literal literal ? literal.json() : encode(value.toString());
    }

    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            @SuppressWarnings("unchecked") Object copied = value instanceof Map<?, ?> nested
                    ? deepCopy((Map<String, Object>) nested) : value;
            copy.put(key, copied);
        });
        return copy;
    }
}
