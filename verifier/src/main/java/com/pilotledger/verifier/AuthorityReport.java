package com.pilotledger.verifier;

import java.util.List;

/** What the authority proof found: how many authorizations it checked, every violation, and each decider's record. */
public record AuthorityReport(long authorizations, List<AuthorityViolation> violations, List<DeciderSummary> deciders) {

    public AuthorityReport {
        violations = List.copyOf(violations);
        deciders = List.copyOf(deciders);
    }

    /** The report's section as an auditor reads it: the count, one line per violation, then a row per decider. */
    public String toText() {
        StringBuilder text = new StringBuilder()
                .append("Authority proof: ").append(authorizations).append(" authorizations, ")
                .append(violations.size()).append(" violations\n");
        for (AuthorityViolation violation : violations) {
            text.append("  VIOLATION [").append(violation.rule()).append("] event #").append(violation.globalIndex())
                    .append(" (").append(violation.eventId()).append(')');
            appendIfKnown(text, "pilot", violation.pilotId());
            appendIfKnown(text, "request", violation.requestId());
            appendIfKnown(text, "decider", violation.decider());
            text.append(": ").append(violation.detail()).append('\n');
        }
        if (!deciders.isEmpty()) {
            String row = "  %-20s %14s %18s %18s %9s %10s\n";
            text.append(String.format(row, "Decider", "Authorizations", "Authorized total", "Largest", "Approvals",
                    "Violations"));
            for (DeciderSummary decider : deciders) {
                text.append(String.format(row, decider.decider(), decider.authorizations(),
                        decider.authorizedTotal().toPlainString(), decider.largest().toPlainString(),
                        decider.approvals(), decider.violations()));
            }
        }
        return text.toString();
    }

    private static void appendIfKnown(StringBuilder text, String label, String value) {
        if (value != null) {
            text.append(' ').append(label).append(' ').append(value);
        }
    }
}
