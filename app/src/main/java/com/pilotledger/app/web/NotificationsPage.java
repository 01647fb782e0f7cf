package com.pilotledger.app.web;

import com.pilotledger.app.notification.NotificationChoices;
import com.pilotledger.app.notification.NotificationDesk;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;

/** Each signed-in person chooses which kinds of notification they receive by mail. */
@Controller
public class NotificationsPage {

    private final NotificationDesk desk;

    public NotificationsPage(NotificationDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/me/notifications")
    public String mine(Authentication user, Model model) {
        model.addAttribute("mine", desk.of(user.getName()));
        return "notifications";
    }

    @PostMapping("/me/notifications")
    public String choose(@ModelAttribute("notificationsForm") NotificationsForm form, BindingResult errors,
                         Authentication user, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("problem", "Choose among the kinds listed.");
            return mine(user, model);
        }
        desk.choose(user.getName(), new NotificationChoices(form.receive() == null ? Set.of() : form.receive()));
        redirect.addFlashAttribute("notice", "Saved: you receive the kinds ticked.");
        return "redirect:/me/notifications";
    }
}
