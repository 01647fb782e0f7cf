package com.pilotledger.app.hostile;

/** One way a hostile request was mishandled, with the exact request and the answer, numbered in the storm's order. */
record Finding(Kind kind, int number, HostileRequest request, Answer answer, String detail) {

    enum Kind {
        /** Answered 5xx: hostile input must never look like a fault of ours. */
        SERVER_ERROR,
        /** No HTTP answer at all (connection reset, 30 s without an answer). */
        NO_ANSWER,
        /** A 4xx of the API that is not an RFC 9457 problem with {@code type} and {@code code}. */
        NOT_A_PROBLEM,
        /** Refused, yet the event store grew while it was handled. */
        EVENT_APPENDED_BY_REFUSAL,
        /** Breaks a declared rule and was accepted all the same. */
        ACCEPTED_BUT_MUST_BE_REFUSED
    }

    String describe() {
        return "#" + number + " " + kind + (detail == null ? "" : " (" + detail + ")") + "\n  " + request.describe()
                + "\n  answered: " + answer.summary();
    }
}
