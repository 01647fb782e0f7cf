package com.pilotledger.app.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Date;
import java.util.Optional;

/**
 * Mails a delivery to its recipient's address as the directory knows it now, in plain text: the kind, the sentence,
 * the link to the page that shows it, and where to choose what one receives.
 */
@Component
class NotificationMailer {

    private final ObjectProvider<JavaMailSender> mail;
    private final UserDirectory directory;
    private final NotificationSettings settings;
    private final JsonMapper json;

    NotificationMailer(ObjectProvider<JavaMailSender> mail, UserDirectory directory, NotificationSettings settings,
               JsonMapper json) {
        this.mail = mail;
        this.directory = directory;
        this.settings = settings;
        this.json = json;
    }

    /** The outcome, or nothing when there is nobody to send it to (mail switched off, no address any more). */
    Optional<DeliveryOutcome> send(Delivery delivery) {
        JavaMailSender sender = mail.getIfAvailable();
        Optional<String> address = directory.find(delivery.recipient()).map(UserDirectory.Person::email);
        if (sender == null || address.isEmpty()) {
            return Optional.empty();
        }
        JsonNode body = json.readTree(delivery.payload());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(address.get());
        message.setSubject(body.path("title").asString() + ": " + body.path("pilot").path("name").asString());
        message.setText(body.path("summary").asString() + "\n\n"
                + "Open it: " + settings.baseUrl() + body.path("link").asString() + "\n\n"
                + "Choose which notifications you receive: " + settings.baseUrl() + "/me/notifications\n");
        message.setSentDate(Date.from(delivery.createdAt()));
        try {
            sender.send(message);
            return Optional.of(DeliveryOutcome.accepted(null));
        } catch (MailException failed) {
            return Optional.of(DeliveryOutcome.refused(null, failed.getClass().getSimpleName() + ": "
                    + failed.getMessage()));
        }
    }
}
