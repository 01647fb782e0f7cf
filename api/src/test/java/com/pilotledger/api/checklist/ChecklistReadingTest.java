package com.pilotledger.api.checklist;

import com.pilotledger.api.audit.BusinessTime;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.pilotledger.api.checklist.ChecklistCriterion.APPROVAL_PATHWAYS_FORMALIZED;
import static com.pilotledger.api.checklist.ChecklistCriterion.CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED;
import static com.pilotledger.api.checklist.ChecklistCriterion.LONG_TERM_ACCOUNTABILITY_DEFINED;
import static com.pilotledger.api.checklist.ChecklistCriterion.PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED;
import static com.pilotledger.api.checklist.ChecklistStatus.COMPLETE;
import static com.pilotledger.api.checklist.ChecklistStatus.NOT_STARTED;
import static com.pilotledger.api.checklist.ChecklistStatus.PARTIALLY_COMPLETE;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_OWNERSHIP;
import static org.assertj.core.api.Assertions.assertThat;

class ChecklistReadingTest {

    private static final List<ChecklistCriterion> OWNERSHIP = List.of(LONG_TERM_ACCOUNTABILITY_DEFINED,
            PRODUCTION_SUPPORT_RESPONSIBILITIES_ESTABLISHED, CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED);

    @Test
    void everyDomainHasThreeCriteriaInTheArticlesOrder() {
        for (StabilizationDomain domain : StabilizationDomain.values()) {
            assertThat(ChecklistCriterion.of(domain)).as(domain.label()).hasSize(3);
        }
        assertThat(ChecklistCriterion.of(OPERATIONAL_OWNERSHIP)).isEqualTo(OWNERSHIP);
        assertThat(Arrays.stream(ChecklistCriterion.values()).map(ChecklistCriterion::words))
                .contains("long-term accountability defined", "rollback conditions understood",
                        "rollout conflicts reduced");
    }

    /** Every combination of the three statuses that matters: the weakest item decides, all Complete establishes. */
    @ParameterizedTest(name = "{0}, {1}, {2} -> {3}")
    @CsvSource({
            "COMPLETE, COMPLETE, COMPLETE, ESTABLISHED",
            "COMPLETE, COMPLETE, PARTIALLY_COMPLETE, STABILIZING",
            "PARTIALLY_COMPLETE, PARTIALLY_COMPLETE, PARTIALLY_COMPLETE, STABILIZING",
            "COMPLETE, PARTIALLY_COMPLETE, NOT_STARTED, UNSETTLED",
            "COMPLETE, COMPLETE, NOT_STARTED, UNSETTLED",
            "NOT_STARTED, NOT_STARTED, NOT_STARTED, UNSETTLED"})
    void aFullyAssessedDomainReadsItsWeakestItem(ChecklistStatus first, ChecklistStatus second,
                                                 ChecklistStatus third, ReadinessLevel reading) {
        assertThat(ChecklistReading.of(OPERATIONAL_OWNERSHIP, statuses(first, second, third))).contains(reading);
    }

    @Test
    void aDomainWithAnItemNeverAssessedSaysNothingYet() {
        Map<ChecklistCriterion, ChecklistStatus> statuses = statuses(COMPLETE, COMPLETE, COMPLETE);
        statuses.remove(CROSS_FUNCTIONAL_ESCALATION_PATHS_STABILIZED);
        statuses.put(APPROVAL_PATHWAYS_FORMALIZED, NOT_STARTED);
        assertThat(ChecklistReading.of(OPERATIONAL_OWNERSHIP, statuses)).isEmpty();
    }

    @Test
    void theDerivedEvidenceNamesEachCriterionWithItsStatus() {
        assertThat(ChecklistReading.evidence(OPERATIONAL_OWNERSHIP, statuses(COMPLETE, PARTIALLY_COMPLETE, NOT_STARTED)))
                .isEqualTo("Readiness checklist: long-term accountability defined: Complete; production support "
                        + "responsibilities established: Partially complete; cross-functional escalation paths "
                        + "stabilized: Not started");
    }

    @Test
    void anAssessmentHappenedWhenItWasAssessed() {
        Instant assessed = Instant.parse("2026-02-05T09:00:00Z");
        assertThat(BusinessTime.of(new ChecklistItemAssessed("pilot-1", LONG_TERM_ACCOUNTABILITY_DEFINED, COMPLETE,
                "Named owner", "owen", assessed), Instant.parse("2026-11-30T12:00:00Z"))).isEqualTo(assessed);
    }

    private static Map<ChecklistCriterion, ChecklistStatus> statuses(ChecklistStatus... inOrder) {
        Map<ChecklistCriterion, ChecklistStatus> statuses = new EnumMap<>(ChecklistCriterion.class);
        for (int i = 0; i < inOrder.length; i++) {
            statuses.put(OWNERSHIP.get(i), inOrder[i]);
        }
        return statuses;
    }
}
