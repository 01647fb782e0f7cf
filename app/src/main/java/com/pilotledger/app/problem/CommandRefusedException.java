package com.pilotledger.app.problem;

import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.ErrorCode;

import java.util.Map;

/**
 * A refusal known at the edge rather than thrown by an aggregate: one that arrived after the command itself was
 * accepted (e.g. an authorization request the capital pool refused), or a request its Idempotency-Key does not let run
 * (reused for another request, or still in flight); answered like any refused command, with its code and facts.
 */
public class CommandRefusedException extends RuntimeException {

    private final transient CommandRefusal refusal;

    public CommandRefusedException(CommandRefusal refusal) {
        super(refusal.message());
        this.refusal = refusal;
    }

    public static CommandRefusedException requestNotFound(String requestId) {
        return new CommandRefusedException(new CommandRefusal(ErrorCode.REQUEST_NOT_FOUND,
                "No authorization request with id " + requestId, Map.of()));
    }

    public CommandRefusal refusal() {
        return refusal;
    }
}
