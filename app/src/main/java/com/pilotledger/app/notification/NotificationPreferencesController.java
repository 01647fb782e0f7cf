package com.pilotledger.app.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Each user reads and chooses which kinds of notification they receive by mail. */
@RestController
@Tag(name = "Notifications")
public class NotificationPreferencesController {

    private final NotificationDesk desk;

    public NotificationPreferencesController(NotificationDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/me/notifications")
    @Operation(summary = "Your address, whether mail is sent, and each kind with whether you receive it")
    public MyNotifications mine(Authentication user) {
        return desk.of(user.getName());
    }

    @PutMapping("/api/me/notifications")
    @Operation(summary = "Choose the kinds you receive: those listed are on, every other kind is off")
    public MyNotifications choose(@Valid @RequestBody NotificationChoices choices, Authentication user) {
        return desk.choose(user.getName(), choices);
    }
}
