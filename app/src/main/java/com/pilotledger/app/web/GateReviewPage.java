package com.pilotledger.app.web;

import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.problem.CommandRefusedException;
import com.pilotledger.app.problem.InvalidRequestException;
import com.pilotledger.app.review.AssessScaleReadinessRequest;
import com.pilotledger.app.review.CompleteGapClosurePlanRequest;
import com.pilotledger.app.review.ConcludeGateReviewRequest;
import com.pilotledger.app.review.ConveneGateReviewRequest;
import com.pilotledger.app.review.GateReviewDesk;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.function.Supplier;

/**
 * The gate review panel of the pilot page: convene, each role's assessment, conclude, complete a gap-closure plan.
 * Every action returns to the pilot page's panel; its outcome, a refusal in words, or the invalid fields (kept with
 * what was typed) are shown there.
 */
@Controller
public class GateReviewPage {

    private static final String PROBLEM = "gateReviewProblem";

    private final GateReviewDesk desk;
    private final PilotPage pilotPage;

    public GateReviewPage(GateReviewDesk desk, PilotPage pilotPage) {
        this.desk = desk;
        this.pilotPage = pilotPage;
    }

    @PostMapping("/pilots/{pilotId}/gate-reviews")
    public String convene(@PathVariable String pilotId,
                          @Valid @ModelAttribute("conveneForm") ConveneGateReviewRequest form, BindingResult errors,
                          CommandOrigin origin, Model model, RedirectAttributes redirect) {
        return attempt(pilotId, errors, origin, model, redirect, () -> {
            desk.convene(pilotId, form.participants(), origin);
            return "Gate review convened. Each role now assesses the five signals.";
        });
    }

    @PostMapping("/pilots/{pilotId}/gate-reviews/{reviewId}/assessments")
    public String assess(@PathVariable String pilotId, @PathVariable String reviewId,
                         @Valid @ModelAttribute("assessmentForm") AssessScaleReadinessRequest form,
                         BindingResult errors, CommandOrigin origin, Model model, RedirectAttributes redirect) {
        return attempt(pilotId, errors, origin, model, redirect, () -> {
            desk.assess(pilotId, reviewId, form.role(), form.assessments(), origin);
            return "Recorded the assessment of the " + form.role().label().toLowerCase() + ".";
        });
    }

    @PostMapping("/pilots/{pilotId}/gate-reviews/{reviewId}/conclusion")
    public String conclude(@PathVariable String pilotId, @PathVariable String reviewId,
                           @Valid @ModelAttribute("conclusionForm") ConcludeGateReviewRequest form,
                           BindingResult errors, CommandOrigin origin, Model model, RedirectAttributes redirect) {
        return attempt(pilotId, errors, origin, model, redirect, () -> {
            desk.conclude(pilotId, reviewId, form.drafts(), origin);
            return "Gate review concluded: " + desk.reviews(pilotId).reviews().stream()
                    .filter(review -> review.reviewId().equals(reviewId)).findFirst()
                    .map(review -> review.outcome().label()).orElse("see below") + ".";
        });
    }

    @PostMapping("/pilots/{pilotId}/gap-closure-plans/{planId}/completion")
    public String completePlan(@PathVariable String pilotId, @PathVariable String planId,
                               @Valid @ModelAttribute("planCompletionForm") CompleteGapClosurePlanRequest form,
                               BindingResult errors,
                               CommandOrigin origin, Model model, RedirectAttributes redirect) {
        return attempt(pilotId, errors, origin, model, redirect, () -> {
            desk.completePlan(pilotId, planId, form.evidence(), origin);
            return "Gap-closure plan recorded as completed.";
        });
    }

    /**
     * Runs the action unless a field is invalid. Done, back to the panel (post, redirect, get) with the outcome; an
     * invalid field or a refusal shows the pilot page again with the form as typed, its errors or the refusal in
     * words, so nothing was recorded and the answer says so.
     */
    private String attempt(String pilotId, BindingResult errors, CommandOrigin origin, Model model,
                           RedirectAttributes redirect, Supplier<String> action) {
        if (errors.hasErrors()) {
            model.addAttribute(PROBLEM, "Check the fields marked below.");
            return pilotPage.render(pilotId, origin, model);
        }
        try {
            redirect.addFlashAttribute("notice", action.get());
            return "redirect:/pilots/" + pilotId + "#gate-review";
        } catch (CommandExecutionException refused) {
            model.addAttribute(PROBLEM, refused.<CommandRefusal>getDetails()
                    .map(CommandRefusal::message).orElse("The action could not be completed."));
        } catch (CommandRefusedException refused) {
            model.addAttribute(PROBLEM, refused.refusal().message());
        } catch (InvalidRequestException invalid) {
            model.addAttribute(PROBLEM, invalid.field() + " " + invalid.getMessage());
        }
        return pilotPage.render(pilotId, origin, model);
    }
}
