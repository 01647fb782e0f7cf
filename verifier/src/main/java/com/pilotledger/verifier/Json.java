package com.pilotledger.verifier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader (RFC 8259), so the verifier needs no library to read the stored events. Objects become
 * {@code Map<String, Object>} in their written order, arrays {@code List<Object>}, every number an exact
 * {@link BigDecimal} (money is never a double), null Java null. Anything else is refused with the offset where it went
 * wrong: trailing text, a duplicate key (two readers could take different values), control characters in strings,
 * numbers like {@code 01} or {@code 1.}, and nesting deeper than {@value #MAX_DEPTH} (hostile input must not exhaust
 * the stack).
 */
final class Json {

    static final int MAX_DEPTH = 200;

    private final String text;
    private int at;
    private int depth;

    private Json(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        Json json = new Json(text);
        json.whitespace();
        Object value = json.value();
        json.whitespace();
        if (json.at < text.length()) {
            throw json.error("text after the JSON value");
        }
        return value;
    }

    /** The JSON string literal of s, quotes included. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private Object value() {
        if (at >= text.length()) {
            throw error("a value expected, found the end");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield number();
                }
                throw error("unexpected character '" + c + "'");
            }
        };
    }

    private Map<String, Object> object() {
        enter();
        Map<String, Object> members = new LinkedHashMap<>();
        at++;
        whitespace();
        if (next('}')) {
            depth--;
            return members;
        }
        do {
            whitespace();
            int keyAt = at;
            if (at >= text.length() || text.charAt(at) != '"') {
                throw error("a member name expected");
            }
            String key = string();
            whitespace();
            expect(':');
            whitespace();
            Object value = value();
            if (members.containsKey(key)) {
                throw new IllegalArgumentException("Invalid JSON at offset " + keyAt + ": duplicate member \"" + key + '"');
            }
            members.put(key, value);
            whitespace();
        } while (next(','));
        expect('}');
        depth--;
        return members;
    }

    private List<Object> array() {
        enter();
        List<Object> elements = new ArrayList<>();
        at++;
        whitespace();
        if (next(']')) {
            depth--;
            return elements;
        }
        do {
            whitespace();
            elements.add(value());
            whitespace();
        } while (next(','));
        expect(']');
        depth--;
        return elements;
    }

    /** Surrogate pairs need no care: Java strings are UTF-16, so the two escaped halves make the one character. */
    private String string() {
        at++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                at--;
                throw error("control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw error("unterminated escape");
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(hexCharacter());
                default -> {
                    at -= 2;
                    throw error("unknown escape \\" + escaped);
                }
            }
        }
    }

    private char hexCharacter() {
        if (at + 4 > text.length()) {
            throw error("\\u needs four hex digits");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            char c = text.charAt(at);
            // not Character.digit: it also takes fullwidth and other non-ASCII digits
            int digit = c <= 0x7f ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                throw error("\\u needs four hex digits");
            }
            code = code * 16 + digit;
            at++;
        }
        return (char) code;
    }

    /** -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? */
    private BigDecimal number() {
        int start = at;
        next('-');
        if (next('0')) {
            if (at < text.length() && isDigit(text.charAt(at))) {
                throw error("a number cannot start with 0");
            }
        } else {
            digits();
        }
        if (next('.')) {
            digits();
        }
        if (next('e') || next('E')) {
            if (!next('+')) {
                next('-');
            }
            digits();
        }
        try {
            return new BigDecimal(text.substring(start, at));
        } catch (NumberFormatException e) {
            // the grammar held, so only an exponent beyond what BigDecimal can hold gets here
            throw new IllegalArgumentException("Invalid JSON at offset " + start + ": number out of range", e);
        }
    }

    private void digits() {
        if (at >= text.length() || !isDigit(text.charAt(at))) {
            throw error("a digit expected");
        }
        while (at < text.length() && isDigit(text.charAt(at))) {
            at++;
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error("unexpected word");
        }
        at += word.length();
        return value;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private boolean next(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!next(c)) {
            throw error("'" + c + "' expected");
        }
    }

    private void whitespace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("Invalid JSON at offset " + at + ": " + what);
    }
}
