package com.pilotledger.command.rule;

import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.ErrorCode;

import java.util.Map;

/** A command broke a business rule; nothing was applied. Carries a stable code so nobody parses the message. */
public class RuleViolation extends RuntimeException {

    private final transient CommandRefusal refusal;

    public RuleViolation(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public RuleViolation(ErrorCode code, String message, Map<String, String> facts) {
        super(message);
        this.refusal = new CommandRefusal(code, message, facts);
    }

    public CommandRefusal refusal() {
        return refusal;
    }

    public ErrorCode code() {
        return refusal.code();
    }
}
