package com.pilotledger.api.input;


import java.time.Instant;

/**
 * What one field of a command may hold. Defined once: the API's request bodies and the pages' forms refuse more
 * (a 400 naming the field), and the read models' columns hold at least this much (V2, V8), so an accepted command
 * can always be projected. Lengths count UTF-16 units, never fewer than the characters the database counts.
 */
public final class FieldLimits {

    /** Pilot name, business unit, sponsor, operational owner, metric name. */
    public static final int NAME = 200;
    /** Baseline and target metric. */
    public static final int METRIC_DESCRIPTION = 1000;
    /** Where a reading comes from. */
    public static final int SOURCE = 400;
    /** The unit of a measured metric. */
    public static final int UNIT = 50;
    /** An identifier given in a path (a pilot, a request): the read models key them in 64 characters. */
    public static final int IDENTIFIER = 64;
    /** A user name given in a path (approval limits per user). */
    public static final int USERNAME = 100;
    /** Written text: problem statement, kill criteria, evidence, scope, conditions, rationale, every reason. */
    public static final int WRITTEN_TEXT = 4000;

    /** Money: NUMERIC(19, 2) holds 17 integer digits; 15 leave room for sums of commitments. */
    public static final int MONEY_INTEGER_DIGITS = 15;
    public static final int MONEY_FRACTION_DIGITS = 2;
    /** A measured metric's value: NUMERIC(19, 4). */
    public static final int METRIC_INTEGER_DIGITS = 15;
    public static final int METRIC_FRACTION_DIGITS = 4;

    /** The earliest instant a reading may be observed at, and the last any time field may name. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private FieldLimits() {
    }

    /** No control character at all (C0, DEL, C1) and no lone surrogate: a name, a unit, a source. */
    public static boolean isSingleLine(String text) {
        return isPlain(text, false);
    }

    /** Like {@link #isSingleLine} but line breaks and tabs are allowed: evidence, reasons, rationale. */
    public static boolean isMultiLine(String text) {
        return isPlain(text, true);
    }

    public static boolean isWithinTime(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    private static boolean isPlain(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (!lineBreaksAllowed || (c != '\n' && c != '\r' && c != '\t')) {
                    return false;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
