package com.pilotledger.app.web;

import com.pilotledger.app.notification.NotificationChoices;
import com.pilotledger.app.notification.MyNotifications;
import com.pilotledger.app.notification.NotificationDesk;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.stream.Collectors;

/** Each signed-in person chooses which kinds of notification they receive by mail. */
@Controller
public class NotificationsPage {

    private final NotificationDesk desk;

    public NotificationsPage(NotificationDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/me/notifications")
    public String mine(Authentication user, Model model) {
        MyNotifications mine = desk.of(user.getName());
        model.addAttribute("mine", mine);
        if (!model.containsAttribute("notificationsForm")) {
            model.addAttribute("notificationsForm", new NotificationsForm(mine.kinds().stream()
                    .filter(MyNotifications.KindChoice::receive).map(MyNotifications.KindChoice::kind)
                    .collect(Collectors.toSet())));
        }
        return "notifications";
    }

    @PostMapping("/me/notifications")
    public String choose(@Valid @ModelAttribute("notificationsForm") NotificationsForm form, BindingResult errors,
                         Authentication user, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors() || form.receive() == null) {
            model.addAttribute("problem", "Choose among the kinds listed, then save.");
            return mine(user, model);
        }
        desk.choose(user.getName(), new NotificationChoices(form.receive()));
        redirect.addFlashAttribute("notice", "Saved: you receive the kinds ticked.");
        return "redirect:/me/notifications";
    }
}
