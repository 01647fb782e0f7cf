package com.pilotledger.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {

    @Test
    void readsAnEventPayloadWithMembersInTheirWrittenOrder() {
        Object value = Json.parse("""
                {"requestId":"r-1","total":{"amount":250000.00,"currency":"USD"},"secondApprovalRequired":true,
                 "expiresAt":null,"cancelledRequests":["r-2","r-3"],"reservedAt":"2026-11-30T17:00:00.123Z"}""");

        Map<?, ?> payload = assertInstanceOf(LinkedHashMap.class, value);
        assertEquals(List.of("requestId", "total", "secondApprovalRequired", "expiresAt", "cancelledRequests",
                "reservedAt"), List.copyOf(payload.keySet()));
        assertEquals("r-1", payload.get("requestId"));
        assertEquals(Map.of("amount", new BigDecimal("250000.00"), "currency", "USD"), payload.get("total"));
        assertEquals(Boolean.TRUE, payload.get("secondApprovalRequired"));
        assertTrue(payload.containsKey("expiresAt"));
        assertNull(payload.get("expiresAt"));
        assertEquals(List.of("r-2", "r-3"), payload.get("cancelledRequests"));
    }

    @Test
    void readsEveryNumberAsAnExactDecimal() {
        assertEquals(new BigDecimal("250000.00"), Json.parse("250000.00"));
        assertEquals("250000.00", ((BigDecimal) Json.parse("250000.00")).toPlainString());
        assertEquals(new BigDecimal("2.5E+5"), Json.parse("2.5E+5"));
        assertEquals(new BigDecimal("-1"), Json.parse("-1"));
        assertEquals(new BigDecimal("0.1"), Json.parse("0.1"));
        assertEquals(new BigDecimal("1e-2"), Json.parse("1e-2"));
        assertEquals(new BigDecimal("0"), Json.parse("0"));
        assertEquals(new BigDecimal("12345678901234567890.123456789"), Json.parse("12345678901234567890.123456789"));
    }

    @Test
    void readsEveryEscapeAndSurrogatePairs() {
        assertEquals("\" \\ / \b \f \n \r \t é €", Json.parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u20AC\""));
        assertEquals("😀", Json.parse("\"\\uD83D\\uDE00\""));
        assertEquals("Zoë 😀", Json.parse("\"Zoë 😀\""));
    }

    @Test
    void readsLiteralsAndEmptyContainersWithWhitespaceAround() {
        assertEquals(Boolean.FALSE, Json.parse(" false "));
        assertNull(Json.parse("\tnull\r\n"));
        assertEquals(Map.of(), Json.parse("{ }"));
        assertEquals(List.of(), Json.parse("[ ]"));
        assertEquals(Arrays.asList(null, true, "x", List.of()), Json.parse("[null, true, \"x\", []]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "}", "[1,]", "[1 2]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "{\"a\":1}x",
            "1 2", "01", "-", "1.", ".5", "1e", "1e+", "+1", "NaN", "Infinity", "tru", "nul", "'a'", "\"abc",
            "\"a\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\uＡＢＣＤ\"", "\"tab\tinside\"", "\"line\nbreak\"",
            "{\"a\":1,\"a\":2}", "[1]]", "\u00a0 1"})
    void refusesWhatIsNotStrictJson(String text) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> Json.parse(text));
        assertTrue(refusal.getMessage().startsWith("Invalid JSON at offset "), refusal.getMessage());
    }

    @Test
    void namesTheOffsetWhereTheTextWentWrong() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> Json.parse("{\"amount\": 12.x}"));

        assertEquals("Invalid JSON at offset 14: a digit expected", refusal.getMessage());
        assertEquals("Invalid JSON at offset 3: text after the JSON value",
                assertThrows(IllegalArgumentException.class, () -> Json.parse("{} []")).getMessage());
    }

    @Test
    void refusesNestingDeeperThanTheCapWithoutExhaustingTheStack() {
        String deep = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        assertInstanceOf(List.class, Json.parse(deep));

        String hostile = "[".repeat(1_000_000);
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> Json.parse(hostile));
        assertTrue(refusal.getMessage().contains("nested deeper than 200 levels"), refusal.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Json.parse("{\"a\":".repeat(Json.MAX_DEPTH + 1) + "1" + "}".repeat(Json.MAX_DEPTH + 1)));
    }

    @Test
    void refusesANumberBeyondWhatADecimalCanHold() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("1e99999999999"));
    }

    @Test
    void quotesTextSoThatReadingItGivesItBack() {
        String text = "He said \"no\"\\ \n\r\t\b\f \u0001 é 😀 </script>";

        String quoted = Json.quote(text);

        assertEquals("\"He said \\\"no\\\"\\\\ \\n\\r\\t\\b\\f \\u0001 é 😀 </script>\"", quoted);
        assertEquals(text, Json.parse(quoted));
        assertEquals("\"\"", Json.quote(""));
    }
}
