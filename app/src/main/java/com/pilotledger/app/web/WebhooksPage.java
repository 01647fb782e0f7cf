package com.pilotledger.app.web;

import com.pilotledger.app.notification.NotificationKind;
import com.pilotledger.app.notification.WebhookDesk;
import com.pilotledger.app.problem.InvalidRequestException;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For administrators: the webhook subscriptions, a form to add one (its secret is never shown again), and each
 * subscription's delivery log with every attempt and a re-send.
 */
@Controller
public class WebhooksPage {

    private final WebhookDesk desk;

    public WebhooksPage(WebhookDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/webhooks")
    public String list(Model model) {
        return render(model);
    }

    @PostMapping("/webhooks")
    public String subscribe(@Valid @ModelAttribute("webhookForm") WebhookForm form, BindingResult errors,
                            Authentication administrator, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return render(model);
        }
        try {
            desk.subscribe(form.request(), administrator.getName());
        } catch (InvalidRequestException invalid) {
            errors.rejectValue(invalid.field(), "invalid", "The URL " + invalid.getMessage());
            return render(model);
        }
        redirect.addFlashAttribute("notice", "Subscribed " + form.url() + ". Keep the secret: it is not shown again.");
        return "redirect:/webhooks";
    }

    @PostMapping("/webhooks/{subscriptionId}/removal")
    public String remove(@PathVariable String subscriptionId, RedirectAttributes redirect) {
        desk.remove(subscriptionId);
        redirect.addFlashAttribute("notice", "Removed the subscription; what it had not received is skipped.");
        return "redirect:/webhooks";
    }

    @GetMapping("/webhooks/{subscriptionId}")
    public String deliveries(@PathVariable String subscriptionId, Model model) {
        model.addAttribute("subscription", desk.get(subscriptionId));
        model.addAttribute("deliveries", desk.deliveries(subscriptionId));
        return "webhook";
    }

    @PostMapping("/webhooks/{subscriptionId}/deliveries/{deliveryId}/resend")
    public String resend(@PathVariable String subscriptionId, @PathVariable String deliveryId,
                         RedirectAttributes redirect) {
        desk.resend(subscriptionId, deliveryId);
        redirect.addFlashAttribute("notice", "Delivery " + deliveryId + " is sent again, with the same id.");
        return "redirect:/webhooks/" + subscriptionId;
    }

    private String render(Model model) {
        model.addAttribute("subscriptions", desk.all());
        model.addAttribute("kinds", NotificationKind.values());
        if (!model.containsAttribute("webhookForm")) {
            model.addAttribute("webhookForm", WebhookForm.empty());
        }
        return "webhooks";
    }
}
