package com.pilotledger.query.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Several values kept in one text column as JSON: a map of facts, the status of each signal, a list of roles. JSON
 * quotes and escapes whatever a value holds, where the former {@code k=v;k=v} texts broke on a value holding a
 * separator. Decimals are written as plain figures (never {@code 1E+2}) and read back as exact decimals.
 */
public final class JsonColumn {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonColumn() {
    }

    /** The column's text; null stays null. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException failure) {
            throw new IllegalArgumentException("Not writable as JSON: " + value.getClass().getName(), failure);
        }
    }

    /** The value a column holds, or null for an empty column. */
    public static <T> T value(String text, TypeReference<T> type) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException("A read model column holds no valid JSON: " + text, failure);
        }
    }
}
