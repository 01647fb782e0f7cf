package com.pilotledger.command.pilot;

import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.ErrorCode;

/** A command broke a business rule; nothing was applied. Carries a stable code so nobody parses the message. */
public class RuleViolation extends RuntimeException {

    private final transient CommandRefusal refusal;

    public RuleViolation(ErrorCode code, String message) {
        super(message);
        this.refusal = new CommandRefusal(code, message);
    }

    public CommandRefusal refusal() {
        return refusal;
    }

    public ErrorCode code() {
        return refusal.code();
    }
}
