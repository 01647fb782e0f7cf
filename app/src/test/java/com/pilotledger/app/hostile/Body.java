package com.pilotledger.app.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    private static final String FIRST_ELEMENT = "[0]";

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
            parent = child(parent, segments[i]);
        }
        if (value == ABSENT) {
            parent.remove(segments[segments.length - 1]);
        } else {
            parent.put(segments[segments.length - 1], value);
        }
        return new Body(copy);
    }

    /**
     * The object a path segment names, made when absent: {@code capital} is a nested object, {@code points[0]} the
     * one element of a list of objects.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> parent, String segment) {
        boolean element = segment.endsWith(FIRST_ELEMENT);
        String name = element ? segment.substring(0, segment.length() - FIRST_ELEMENT.length()) : segment;
        Object child = parent.get(name);
        if (element) {
            if (!(child instanceof List<?> list) || list.isEmpty() || !(list.get(0) instanceof Map<?, ?>)) {
                child = new ArrayList<>(List.of(new LinkedHashMap<String, Object>()));
                parent.put(name, child);
            }
            return (Map<String, Object>) ((List<Object>) child).get(0);
        }
        if (!(child instanceof Map<?, ?>)) {
            child = new LinkedHashMap<String, Object>();
            parent.put(name, child);
        }
        return (Map<String, Object>) child;
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
        map.forEach((key, value) -> copy.put(key, deepCopyValue(value)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopyValue(Object value) {
        if (value instanceof Map<?, ?> nested) {
            return deepCopy((Map<String, Object>) nested);
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(Body::deepCopyValue).toList());
        }
        return value;
    }
}
