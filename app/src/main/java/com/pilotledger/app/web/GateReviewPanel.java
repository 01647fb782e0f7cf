package com.pilotledger.app.web;

import com.pilotledger.api.review.GateReviewView;
import com.pilotledger.api.review.GateReviews;
import com.pilotledger.api.review.RoleAssessmentView;
import com.pilotledger.api.review.ScaleReadinessSignal;
import com.pilotledger.api.review.SignalStatus;
import com.pilotledger.api.review.StakeholderRole;
import com.pilotledger.app.review.AssessScaleReadinessRequest;
import com.pilotledger.app.review.CompleteGapClosurePlanRequest;
import com.pilotledger.app.review.ConcludeGateReviewRequest;
import com.pilotledger.app.review.ConveneGateReviewRequest;
import com.pilotledger.app.review.GapClosurePlanRequest;
import com.pilotledger.app.review.GateReviewDesk;
import com.pilotledger.app.review.SignalAssessmentRequest;
import com.pilotledger.app.review.SignalFields;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the pilot page's gate review panel shows: the pilot's reviews today (the matrix of roles x signals of each, the
 * outcome, the gap-closure plans with their overdue flags) and the forms of {@link GateReviewPage}, as typed after a
 * refusal. A page of the past shows no panel: the gate review views keep no history.
 */
@Component
public class GateReviewPanel {

    /** Empty nested fields, so the forms' field paths ({@code endUsersPrepared.status}) resolve before any input. */
    private static final SignalAssessmentRequest EMPTY_ASSESSMENT = new SignalAssessmentRequest(null, null);
    private static final GapClosurePlanRequest EMPTY_PLAN = new GapClosurePlanRequest(null, null, null, null);

    private final GateReviewDesk desk;

    public GateReviewPanel(GateReviewDesk desk) {
        this.desk = desk;
    }

    void addTo(Model model, String pilotId) {
        GateReviews reviews = desk.reviews(pilotId);
        GateReviewView open = reviews.open();
        model.addAttribute("gateReviews", reviews);
        model.addAttribute("openReview", open);
        model.addAttribute("stakeholderRoles", StakeholderRole.values());
        model.addAttribute("readinessSignals", ScaleReadinessSignal.values());
        model.addAttribute("signalStatuses", SignalStatus.values());
        // The plans the conclusion form offers: the signals some role has found Conditional so far.
        Set<ScaleReadinessSignal> conditional = open == null ? Set.of() : open.assessments().stream()
                .filter(assessment -> assessment.status() == SignalStatus.CONDITIONAL)
                .map(RoleAssessmentView::signal).collect(Collectors.toSet());
        model.addAttribute("conditionalSignals", Arrays.stream(ScaleReadinessSignal.values())
                .filter(conditional::contains).toList());
        model.addAttribute("signalFields", Arrays.stream(ScaleReadinessSignal.values())
                .collect(Collectors.toMap(signal -> signal, SignalFields::of)));
        PilotPage.addIfAbsent(model, "conveneForm", () -> new ConveneGateReviewRequest(null, null, null, null, null));
        PilotPage.addIfAbsent(model, "assessmentForm", () -> new AssessScaleReadinessRequest(null, EMPTY_ASSESSMENT,
                EMPTY_ASSESSMENT, EMPTY_ASSESSMENT, EMPTY_ASSESSMENT, EMPTY_ASSESSMENT));
        PilotPage.addIfAbsent(model, "conclusionForm", () -> new ConcludeGateReviewRequest(EMPTY_PLAN, EMPTY_PLAN,
                EMPTY_PLAN, EMPTY_PLAN, EMPTY_PLAN));
        PilotPage.addIfAbsent(model, "planCompletionForm", () -> new CompleteGapClosurePlanRequest(null));
    }
}
