package com.pilotledger.command.pilot;

import com.pilotledger.api.checklist.ChecklistCriterion;
import com.pilotledger.api.checklist.ChecklistItemAssessed;
import com.pilotledger.api.checklist.ChecklistReading;
import com.pilotledger.api.checklist.ChecklistStatus;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;

import java.util.EnumMap;
import java.util.Objects;
import java.util.Optional;

/**
 * The pilot's readiness checklist: the latest status and evidence of each of the eighteen items. It answers what the
 * decisions ask of it: whether an assessment would say anything new, what a domain's checklist reads, and whether any
 * item is Not started (an item never assessed is: nobody has started on it as far as the ledger knows).
 */
final class ReadinessChecklist {

    /** Declared as an EnumMap so a snapshot restores it as one. */
    private final EnumMap<ChecklistCriterion, ChecklistStatus> statuses = new EnumMap<>(ChecklistCriterion.class);
    private final EnumMap<ChecklistCriterion, String> evidence = new EnumMap<>(ChecklistCriterion.class);

    void record(ChecklistItemAssessed assessed) {
        statuses.put(assessed.criterion(), assessed.status());
        evidence.put(assessed.criterion(), assessed.evidence());
    }

    /** The item already stands at this status on this evidence: assessing it so again records nothing. */
    boolean alreadySays(ChecklistCriterion criterion, ChecklistStatus status, String text) {
        return statuses.get(criterion) == status && Objects.equals(evidence.get(criterion), text);
    }

    /** Some item is Not started or was never assessed. */
    boolean hasItemNotStarted() {
        return statuses.size() < ChecklistCriterion.values().length
                || statuses.containsValue(ChecklistStatus.NOT_STARTED);
    }

    /** What the domain's checklist reads, once its three items are assessed. */
    Optional<ReadinessLevel> reading(StabilizationDomain domain) {
        return ChecklistReading.of(domain, statuses);
    }

    String readingEvidence(StabilizationDomain domain) {
        return ChecklistReading.evidence(domain, statuses);
    }
}
