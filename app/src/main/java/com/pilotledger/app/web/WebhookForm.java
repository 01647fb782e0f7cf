package com.pilotledger.app.web;

import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.input.SingleLine;
import com.pilotledger.app.notification.NotificationKind;
import com.pilotledger.app.notification.WebhookRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** A webhook subscription added on the webhooks page (the limits of {@code WebhookRequest}). */
public record WebhookForm(
        @NotBlank(message = "Enter the URL to post to") @LineOfText(max = 2000) String url,
        @NotBlank(message = "Enter the secret that signs each delivery")
        @Size(min = 16, max = 200, message = "Enter 16 to 200 characters") @SingleLine String secret,
        @NotEmpty(message = "Choose at least one kind") Set<NotificationKind> kinds,
        @LineOfText(max = 200) String description) {

    static WebhookForm empty() {
        return new WebhookForm(null, null, Set.of(NotificationKind.values()), null);
    }

    WebhookRequest request() {
        return new WebhookRequest(url, secret, kinds, description);
    }
}
