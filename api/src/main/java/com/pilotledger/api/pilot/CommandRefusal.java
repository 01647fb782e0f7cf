package com.pilotledger.api.pilot;

import java.util.Map;

/**
 * Why a command was refused: carried across the command bus as the details of the execution failure. Facts are
 * the figures behind the refusal, e.g. {@code available} for insufficient capital.
 */
public record CommandRefusal(ErrorCode code, String message, Map<String, String> facts) {

    public CommandRefusal {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    public CommandRefusal(ErrorCode code, String message) {
        this(code, message, Map.of());
    }
}
