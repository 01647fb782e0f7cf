package com.pilotledger.app.web;

import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.PortfolioCurrency;
import com.pilotledger.app.problem.CommandRefusedException;
import com.pilotledger.app.problem.InvalidRequestException;
import com.pilotledger.app.review.GateReviewDesk;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.stereotype.Controller;
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
    private final String currency;

    public GateReviewPage(GateReviewDesk desk, PortfolioCurrency portfolio) {
        this.desk = desk;
        this.currency = portfolio.currency();
    }

    @PostMapping("/pilots/{pilotId}/gate-reviews")
    public String convene(@PathVariable String pilotId, @Valid @ModelAttribute("conveneForm") ConveneForm form,
                          BindingResult errors, CommandOrigin origin, RedirectAttributes redirect) {
        return attempt(pilotId, "conveneForm", form, errors, redirect, () -> {
            desk.convene(pilotId, form.getParticipants(), origin);
            return "Gate review convened. Each role now assesses the five signals.";
        });
    }

    @PostMapping("/pilots/{pilotId}/gate-reviews/{reviewId}/assessments")
    public String assess(@PathVariable String pilotId, @PathVariable String reviewId,
                         @Valid @ModelAttribute("assessmentForm") AssessmentForm form, BindingResult errors,
                         CommandOrigin origin, RedirectAttributes redirect) {
        return attempt(pilotId, "assessmentForm", form, errors, redirect, () -> {
            desk.assess(pilotId, reviewId, form.getRole(), form.assessments(), origin);
            return "Recorded the assessment of the " + form.getRole().label().toLowerCase() + ".";
        });
    }

    @PostMapping("/pilots/{pilotId}/gate-reviews/{reviewId}/conclusion")
    public String conclude(@PathVariable String pilotId, @PathVariable String reviewId,
                           @Valid @ModelAttribute("conclusionForm") ConclusionForm form, BindingResult errors,
                           CommandOrigin origin, RedirectAttributes redirect) {
        return attempt(pilotId, "conclusionForm", form, errors, redirect, () -> {
            desk.conclude(pilotId, reviewId, form.drafts(currency), "Due date", origin);
            return "Gate review concluded: " + desk.reviews(pilotId).reviews().stream()
                    .filter(review -> review.reviewId().equals(reviewId)).findFirst()
                    .map(review -> review.outcome().label()).orElse("see below") + ".";
        });
    }

    @PostMapping("/pilots/{pilotId}/gap-closure-plans/{planId}/completion")
    public String completePlan(@PathVariable String pilotId, @PathVariable String planId,
                               @Valid @ModelAttribute("planCompletionForm") EvidenceForm form, BindingResult errors,
                               CommandOrigin origin, RedirectAttributes redirect) {
        return attempt(pilotId, "planCompletionForm", form, errors, redirect, () -> {
            desk.completePlan(pilotId, planId, form.evidence(), origin);
            return "Gap-closure plan recorded as completed.";
        });
    }

    /**
     * Runs the action unless a field is invalid; either way back to the panel (post, redirect, get), carrying the
     * form and its errors, the refusal in words, or the outcome.
     */
    private static String attempt(String pilotId, String formName, Object form, BindingResult errors,
                                  RedirectAttributes redirect, Supplier<String> action) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute(formName, form);
            redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + formName, errors);
            redirect.addFlashAttribute(PROBLEM, "Check the fields marked below.");
        } else {
            try {
                redirect.addFlashAttribute("notice", action.get());
            } catch (CommandExecutionException refused) {
                redirect.addFlashAttribute(formName, form);
                redirect.addFlashAttribute(PROBLEM, refused.<CommandRefusal>getDetails()
                        .map(CommandRefusal::message).orElse("The action could not be completed."));
            } catch (CommandRefusedException refused) {
                redirect.addFlashAttribute(formName, form);
                redirect.addFlashAttribute(PROBLEM, refused.refusal().message());
            } catch (InvalidRequestException invalid) {
                redirect.addFlashAttribute(formName, form);
                redirect.addFlashAttribute(PROBLEM, invalid.field() + " " + invalid.getMessage());
            }
        }
        return "redirect:/pilots/" + pilotId + "#gate-review";
    }
}
