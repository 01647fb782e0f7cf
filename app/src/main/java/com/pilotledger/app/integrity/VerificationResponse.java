package com.pilotledger.app.integrity;

import com.pilotledger.verifier.Finding;
import com.pilotledger.verifier.VerificationReport;

import java.util.List;

/**
 * The latest verification as the API gives it. Status: {@code INTACT}; {@code TAMPERED} (the log failed);
 * {@code AUTHORITY_VIOLATED} (the log is intact, but an authorization exceeded authority); {@code UNREADABLE};
 * {@code NOT_RUN}. The report is the verifier's own text.
 */
record VerificationResponse(String status, String checkedAt, Long tookMillis, long verifiedUpTo, long events,
                            long seals, long pendingEvents, long findingsTotal, List<FindingResponse> findings,
                            long authorizations, long authorityViolations, String failure, String report) {

    private static final int FINDINGS_LISTED = 50;

    record FindingResponse(String problem, long globalIndex, long sealPosition, String eventId, String detail) {

        static FindingResponse of(Finding finding) {
            return new FindingResponse(finding.problem().name(), finding.globalIndex(), finding.position(),
                    finding.eventId(), finding.detail());
        }
    }

    static VerificationResponse notRun() {
        return new VerificationResponse("NOT_RUN", null, null, 0, 0, 0, 0, 0, List.of(), 0, 0, null, null);
    }

    static VerificationResponse of(IntegrityCheck check) {
        VerificationReport report = check.report();
        if (report == null) {
            return new VerificationResponse("UNREADABLE", check.checkedAt().toString(), check.took().toMillis(), 0, 0,
                    0, 0, 0, List.of(), 0, 0, check.failure(), null);
        }
        String status = switch (report.exitCode()) {
            case 0 -> "INTACT";
            case 1 -> "TAMPERED";
            default -> "AUTHORITY_VIOLATED";
        };
        return new VerificationResponse(status, check.checkedAt().toString(), check.took().toMillis(),
                report.verifiedUpTo(), report.events(), report.seals(), report.pendingEvents(),
                report.findingsTotal(), report.findings().stream().limit(FINDINGS_LISTED).map(FindingResponse::of)
                .toList(), report.authority().authorizations(), report.authority().violations().size(), null,
                report.toText());
    }
}
