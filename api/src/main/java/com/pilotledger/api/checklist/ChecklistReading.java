package com.pilotledger.api.checklist;

import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a domain's checklist says about the domain, once each of its three criteria has been assessed: any criterion
 * Not started, Unsettled; all three Complete, Established; otherwise Stabilizing. A domain with a criterion never
 * assessed says nothing yet, so a first assessment does not overwrite a reading recorded by other means. The pilot
 * records this as a reading of the domain (source {@link #SOURCE}); the pilot page shows it beside the checklist.
 */
public final class ChecklistReading {

    /** The source of a reading derived from the checklist. */
    public static final String SOURCE = "Readiness checklist";

    private ChecklistReading() {
    }

    /** The level the domain's checklist reads, or empty while one of its criteria has no status. */
    public static Optional<ReadinessLevel> of(StabilizationDomain domain, Map<ChecklistCriterion, ChecklistStatus> statuses) {
        var criteria = ChecklistCriterion.of(domain);
        if (!criteria.stream().allMatch(statuses::containsKey)) {
            return Optional.empty();
        }
        if (criteria.stream().anyMatch(criterion -> statuses.get(criterion) == ChecklistStatus.NOT_STARTED)) {
            return Optional.of(ReadinessLevel.UNSETTLED);
        }
        return Optional.of(criteria.stream().allMatch(criterion -> statuses.get(criterion) == ChecklistStatus.COMPLETE)
                ? ReadinessLevel.ESTABLISHED : ReadinessLevel.STABILIZING);
    }

    /** The evidence of the derived reading: each criterion with its status, short enough for any evidence field. */
    public static String evidence(StabilizationDomain domain, Map<ChecklistCriterion, ChecklistStatus> statuses) {
        return SOURCE + ": " + ChecklistCriterion.of(domain).stream()
                .map(criterion -> criterion.words() + ": " + statuses.get(criterion).label())
                .collect(Collectors.joining("; "));
    }
}
