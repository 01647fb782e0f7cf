package com.pilotledger.app.notification;

import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.input.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * A webhook subscription as an administrator writes it: an http or https URL, the secret that signs every body (at
 * least 16 characters; required when creating, left out when changing keeps the one it has), the kinds it receives.
 */
public record WebhookRequest(@NotBlank @LineOfText(max = WebhookDesk.URL_LENGTH) String url,
                             @Size(min = 16, max = WebhookDesk.SECRET_LENGTH) @SingleLine String secret,
                             @NotEmpty Set<@NotNull NotificationKind> kinds,
                             @LineOfText(max = WebhookDesk.DESCRIPTION_LENGTH) String description) {
}
