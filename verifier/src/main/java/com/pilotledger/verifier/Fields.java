package com.pilotledger.verifier;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The members of one stored JSON object (an event's payload or metadata), read by name with the type the
 * application wrote. A member that is missing or of another type is an {@link IllegalArgumentException}: the event
 * cannot be read, and the verifier says so rather than guess.
 */
final class Fields {

    /**
     * Amounts of money far beyond any budget (e.g. 1E+999999999) are refused: adding one to a total would build a
     * number of a billion digits.
     */
    private static final int MAX_SCALE = 64;

    private final Map<String, Object> members;

    private Fields(Map<String, Object> members) {
        this.members = members;
    }

    /** Reads stored bytes: UTF-8 (malformed bytes refused, not replaced) holding one JSON object. */
    static Fields of(byte[] stored) {
        if (stored == null) {
            throw new IllegalArgumentException("nothing stored");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(stored)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
        return object(Json.parse(text), "the stored JSON");
    }

    String text(String name) {
        return required(name, String.class);
    }

    /** A text member that may be null or absent. */
    String optionalText(String name) {
        return optional(name, String.class);
    }

    boolean flag(String name) {
        return required(name, Boolean.class);
    }

    /** The amount of a Money member: {"amount": 250000.00, "currency": "USD"}. */
    BigDecimal amount(String name) {
        BigDecimal amount = object(members.get(name), name).required("amount", BigDecimal.class);
        if (Math.abs(amount.scale()) > MAX_SCALE || amount.precision() > MAX_SCALE) {
            throw new IllegalArgumentException(name + " is no amount of money: " + amount);
        }
        return amount;
    }

    /** An Authority member: {"holder": {"kind": "ROLE", "name": "EXECUTIVE"} or null, "limit": Money}; null when absent. */
    Authority authority(String name) {
        if (members.get(name) == null) {
            return null;
        }
        Fields authority = object(members.get(name), name);
        BigDecimal limit = authority.amount("limit");
        if (authority.members.get("holder") == null) {
            return new Authority(null, null, limit);
        }
        Fields holder = object(authority.members.get("holder"), "holder");
        return new Authority(holder.text("kind"), holder.text("name"), limit);
    }

    /** An array of texts, in order. */
    List<String> texts(String name) {
        List<?> values = required(name, List.class);
        List<String> texts = new ArrayList<>(values.size());
        for (Object value : values) {
            if (!(value instanceof String text)) {
                throw new IllegalArgumentException(name + " holds something other than text");
            }
            texts.add(text);
        }
        return Collections.unmodifiableList(texts);
    }

    /** A set of texts, e.g. roles; sorted so that what is reported reads the same every time. */
    Set<String> textSet(String name) {
        return Collections.unmodifiableSet(new TreeSet<>(texts(name)));
    }

    Fields object(String name) {
        return object(members.get(name), name);
    }

    private <T> T required(String name, Class<T> type) {
        T value = optional(name, type);
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    private <T> T optional(String name, Class<T> type) {
        Object value = members.get(name);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalArgumentException(name + " is not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    @SuppressWarnings("unchecked")
    private static Fields object(Object value, String name) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(name + " is not a JSON object");
        }
        return new Fields((Map<String, Object>) value);
    }
}
