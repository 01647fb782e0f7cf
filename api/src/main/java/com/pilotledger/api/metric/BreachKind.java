package com.pilotledger.api.metric;

/** How a production metric breached: past one of its thresholds, or regressed against the pilot's own recent level. */
public enum BreachKind {
    MINIMUM_ACCEPTABLE("worse than the minimum acceptable"),
    KILL_THRESHOLD("past the kill threshold"),
    REGRESSION("regressed against its own recent level");

    private final String words;

    BreachKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
