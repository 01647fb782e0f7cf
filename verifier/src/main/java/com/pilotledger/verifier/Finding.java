package com.pilotledger.verifier;

/**
 * One thing found wrong, at the event it concerns: its place in the chain ({@code position}, 0 when it has none), its
 * place in the store ({@code globalIndex}, 0 when unknown) and its id (null when unknown).
 */
public record Finding(Problem problem, long position, long globalIndex, String eventId, String detail) {

    public String toText() {
        StringBuilder text = new StringBuilder(problem.words());
        if (globalIndex > 0) {
            text.append(" at global index ").append(globalIndex);
        }
        if (position > 0) {
            text.append(" (seal ").append(position).append(')');
        }
        if (eventId != null) {
            text.append(", event ").append(eventId);
        }
        return text.append(": ").append(detail).toString();
    }
}
