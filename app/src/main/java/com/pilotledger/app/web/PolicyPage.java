package com.pilotledger.app.web;

import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.policy.DeploymentEvidence;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.policy.PolicyChanges;
import com.pilotledger.app.policy.WhatIf;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;


/**
 * The readiness policy's versions with their rules and periods in force; administrators propose and activate
 * versions here, and a version not in force can be tried on the portfolio's history (what-if), side by side.
 */
@Controller
public class PolicyPage {

    private final PolicyChanges changes;
    private final WhatIf whatIf;

    public PolicyPage(PolicyChanges changes, WhatIf whatIf) {
        this.changes = changes;
        this.whatIf = whatIf;
    }

    @GetMapping("/policy")
    public String versions(Model model) {
        return render(model);
    }

    @PostMapping("/policy/versions")
    public String propose(@Valid @ModelAttribute("policyForm") PolicyForm form, BindingResult errors,
                          CommandOrigin origin, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return render(model);
        }
        return attempt(model, redirect, "proposeProblem", () -> changes.propose(form.version(), form.rules(),
                        form.reason(), origin),
                "Proposed " + form.version() + ". It is not in force until activated; try it with What-if.");
    }

    @PostMapping("/policy/versions/{version}/activation")
    public String activate(@PathVariable String version, @Valid @ModelAttribute("reasonForm") ReasonForm form,
                           BindingResult errors, CommandOrigin origin, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("activateProblem", "Enter the reason to activate " + version + ".");
            return render(model);
        }
        return attempt(model, redirect, "activateProblem", () -> changes.activate(version, form.reason(),
                        origin),
                "Activated " + version + ": it is in force from now on, and every pilot is reassessed under it.");
    }

    @GetMapping("/policy/{version}/what-if")
    public String whatIf(@PathVariable String version, Model model) {
        model.addAttribute("report", whatIf.of(version));
        return "what-if";
    }

    private String attempt(Model model, RedirectAttributes redirect, String problemAttribute, Runnable action,
                           String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/policy";
        } catch (CommandExecutionException refused) {
            model.addAttribute(problemAttribute, refused.<CommandRefusal>getDetails()
                    .map(CommandRefusal::message).orElse("The action could not be completed."));
        }
        return render(model);
    }

    private String render(Model model) {
        model.addAttribute("versions", changes.versions());
        model.addAttribute("deploymentEvidence", DeploymentEvidence.values());
        if (!model.containsAttribute("policyForm")) {
            model.addAttribute("policyForm", PolicyForm.startingFromVersionOne());
        }
        if (!model.containsAttribute("reasonForm")) {
            model.addAttribute("reasonForm", ReasonForm.empty());
        }
        return "policy";
    }
}
