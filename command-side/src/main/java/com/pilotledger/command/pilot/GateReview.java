package com.pilotledger.command.pilot;

import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.review.AssessScaleReadiness;
import com.pilotledger.api.review.ConcludeGateReview;
import com.pilotledger.api.review.ConveneGateReview;
import com.pilotledger.api.review.GateReviewConcluded;
import com.pilotledger.api.review.GateReviewConvened;
import com.pilotledger.api.review.GateReviewOutcome;
import com.pilotledger.api.review.ScaleReadinessAssessed;
import com.pilotledger.api.review.ScaleReadinessSignal;
import com.pilotledger.api.review.SignalAssessment;
import com.pilotledger.api.review.SignalStatus;
import com.pilotledger.api.review.StakeholderRole;
import com.pilotledger.command.rule.RuleViolation;
import com.pilotledger.command.rule.Verdict;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The pilot's open gate review, if any: who sits in each stakeholder role and each role's latest assessment. One review
 * is open at a time; concluding it closes it. Checks each gate review command and, at conclusion, derives the outcome
 * with {@link GateReviewOutcomeRule}. The pilot delegates to it and applies what it allows.
 */
final class GateReview {

    /** The open review's id; null when none is open. */
    private String reviewId;
    /** Declared as EnumMaps, so a snapshot restores them as such. */
    private final EnumMap<StakeholderRole, String> participants = new EnumMap<>(StakeholderRole.class);
    private final EnumMap<StakeholderRole, List<SignalAssessment>> assessments = new EnumMap<>(StakeholderRole.class);

    /** What a conclusion records: each signal's status, the outcome and the roles that did not assess. */
    record Conclusion(Map<ScaleReadinessSignal, SignalStatus> signals,
                      GateReviewOutcome outcome, List<StakeholderRole> rolesNotAssessed) {
    }

    void mayConvene(ConveneGateReview command) {
        if (reviewId != null) {
            throw new RuleViolation(ErrorCode.GATE_REVIEW_ALREADY_OPEN, "Gate review " + reviewId
                    + " of this pilot is still open: conclude it first", Map.of("reviewId", reviewId));
        }
        List<StakeholderRole> unnamed = Arrays.stream(StakeholderRole.values())
                .filter(role -> command.participants() == null || command.participants().get(role) == null
                        || command.participants().get(role).isBlank())
                .toList();
        if (!unnamed.isEmpty()) {
            throw new RuleViolation(ErrorCode.STAKEHOLDER_ROLE_UNNAMED, "Name the person in each stakeholder role; "
                    + "missing: " + String.join(", ", unnamed.stream().map(StakeholderRole::label).toList()));
        }
    }

    /** The person named in the role of the open review this command addresses. */
    String participantFor(AssessScaleReadiness command) {
        requireOpen(command.reviewId());
        complete(command.assessments()).orRefuse();
        return participants.get(command.role());
    }

    Conclusion conclude(ConcludeGateReview command) {
        requireOpen(command.reviewId());
        if (!assessments.containsKey(StakeholderRole.OPERATIONAL_LEAD)) {
            throw new RuleViolation(ErrorCode.OPERATIONAL_LEAD_NOT_ASSESSED, "A gate review without the "
                    + "operational lead's assessment cannot conclude: " + participants.get(StakeholderRole.OPERATIONAL_LEAD)
                    + " (operational lead) has not assessed the five signals");
        }
        Map<ScaleReadinessSignal, SignalStatus> signals = GateReviewOutcomeRule.signalStatuses(assessments.values());
        GateReviewOutcomeRule.plansCover(signals, command.gapClosurePlans(), command.concludedAt()).orRefuse();
        List<StakeholderRole> notAssessed = Arrays.stream(StakeholderRole.values())
                .filter(role -> !assessments.containsKey(role)).toList();
        return new Conclusion(signals, GateReviewOutcomeRule.outcome(signals), notAssessed);
    }

    void convened(GateReviewConvened event) {
        reviewId = event.reviewId();
        participants.clear();
        participants.putAll(event.participants());
        assessments.clear();
    }

    void assessed(ScaleReadinessAssessed event) {
        assessments.put(event.role(), List.copyOf(event.assessments()));
    }

    void concluded(GateReviewConcluded event) {
        reviewId = null;
        participants.clear();
        assessments.clear();
    }

    private void requireOpen(String id) {
        if (reviewId == null || !reviewId.equals(id)) {
            throw new RuleViolation(ErrorCode.GATE_REVIEW_NOT_OPEN, "Gate review " + id + " is not open for this pilot",
                    Map.of("reviewId", String.valueOf(id)));
        }
    }

    /** Each of the five signals exactly once, each with a status and written evidence. */
    private static Verdict complete(List<SignalAssessment> given) {
        List<ScaleReadinessSignal> signals = given == null ? List.of()
                : given.stream().map(SignalAssessment::signal).distinct().toList();
        if (given == null || given.size() != ScaleReadinessSignal.values().length
                || signals.size() != given.size() || signals.contains(null)
                || given.stream().anyMatch(assessment -> assessment.status() == null)) {
            return Verdict.refused(ErrorCode.SIGNAL_ASSESSMENT_INCOMPLETE,
                    "Give each of the five scale-readiness signals once, as Confirmed, Conditional or Failed");
        }
        return given.stream().filter(assessment -> assessment.evidence() == null || assessment.evidence().isBlank())
                .findFirst()
                .map(assessment -> Verdict.refused(ErrorCode.EVIDENCE_REQUIRED,
                        "Evidence for " + assessment.signal().label() + " is required"))
                .orElse(Verdict.allowed());
    }
}
