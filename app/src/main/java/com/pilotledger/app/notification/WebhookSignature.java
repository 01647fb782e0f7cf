package com.pilotledger.app.notification;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The signature of a webhook body: HMAC-SHA256 under the subscription's secret over {@code timestamp + "." + body},
 * sent as {@code Pilot-Ledger-Signature: t=<unix seconds>,v1=<hex>}. The timestamp inside the signed text lets a
 * receiver refuse an old body replayed to it (docs/operations.md, "Webhooks").
 */
final class WebhookSignature {

    static final String HEADER = "Pilot-Ledger-Signature";

    private WebhookSignature() {
    }

    static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
        }
    }
}
