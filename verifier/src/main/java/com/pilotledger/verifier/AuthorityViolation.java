package com.pilotledger.verifier;

/**
 * One event that breaks a rule of decision rights. {@code rule} is a short stable name (e.g. {@code four-eyes});
 * requestId, pilotId and decider are null where the event names none.
 */
public record AuthorityViolation(long globalIndex, String eventId, String pilotId, String requestId, String decider,
                                 String rule, String detail) {
}
