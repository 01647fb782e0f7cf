package com.pilotledger.app.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Administrators manage the webhook subscriptions, read their delivery logs and send a delivery again. */
@RestController
@Tag(name = "Webhooks")
public class WebhookController {

    private final WebhookDesk desk;

    public WebhookController(WebhookDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/webhooks")
    @Operation(summary = "Every webhook subscription (never its secret)")
    public List<WebhookView> list() {
        return desk.all();
    }

    @PostMapping("/api/webhooks")
    @Operation(summary = "Subscribe a URL to kinds of notification; 201 with its address")
    public ResponseEntity<WebhookView> subscribe(@Valid @RequestBody WebhookRequest request,
                                                 Authentication administrator) {
        WebhookView created = desk.subscribe(request, administrator.getName());
        return ResponseEntity.created(URI.create("/api/webhooks/" + created.id())).body(created);
    }

    @GetMapping("/api/webhooks/{subscriptionId}")
    @Operation(summary = "One webhook subscription (never its secret)")
    public WebhookView get(@PathVariable String subscriptionId) {
        return desk.get(subscriptionId);
    }

    @PutMapping("/api/webhooks/{subscriptionId}")
    @Operation(summary = "Change where a subscription posts and what it receives; without a secret it keeps its own")
    public WebhookView change(@PathVariable String subscriptionId, @Valid @RequestBody WebhookRequest request) {
        return desk.change(subscriptionId, request);
    }

    @DeleteMapping("/api/webhooks/{subscriptionId}")
    @Operation(summary = "Remove a subscription; what it has not received yet is skipped")
    public ResponseEntity<Void> remove(@PathVariable String subscriptionId) {
        desk.remove(subscriptionId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/webhooks/{subscriptionId}/deliveries")
    @Operation(summary = "The subscription's latest 100 deliveries, newest first, each with every attempt")
    public List<DeliveryView> deliveries(@PathVariable String subscriptionId) {
        return desk.deliveries(subscriptionId);
    }

    @PostMapping("/api/webhooks/{subscriptionId}/deliveries/{deliveryId}/resend")
    @Operation(summary = "Send a delivery again, with the same id and a fresh allowance of attempts")
    public DeliveryView resend(@PathVariable String subscriptionId, @PathVariable String deliveryId) {
        return desk.resend(subscriptionId, deliveryId);
    }
}
