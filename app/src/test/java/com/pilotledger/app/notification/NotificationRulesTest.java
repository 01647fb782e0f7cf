package com.pilotledger.app.notification;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationRulesTest {

    private static NotificationSettings settings(Duration first, Duration longest) {
        return new NotificationSettings(Duration.ofSeconds(1), first, longest, 10, Duration.ofMinutes(2),
                Duration.ofSeconds(10), Duration.ofHours(12), "ledger@example.com", "http://localhost:8080",
                Duration.ofSeconds(30));
    }

    @Test
    void theBackoffDoublesFromTheFirstWaitUpToTheLongest() {
        NotificationSettings settings = settings(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(settings.backoffAfter(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.backoffAfter(1_000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void theSignatureIsTheHmacOfTimestampDotBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(WebhookSignature.hmac("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(WebhookSignature.header("Jefe", 1_700_000_000L, "{}"))
                .isEqualTo("t=1700000000,v1=" + WebhookSignature.hmac("Jefe", "1700000000.{}"));
    }

    @Test
    void aReceiverUrlIsAbsoluteHttpOrHttpsWithAHost() {
        assertThat(WebhookDesk.receiverUrl("https://hooks.example.com/capital?x=1"))
                .isEqualTo("https://hooks.example.com/capital?x=1");
        assertThat(WebhookDesk.receiverUrl("HTTP://127.0.0.1:9000/")).isEqualTo("HTTP://127.0.0.1:9000/");
        for (String refused : new String[] {"file:///etc/passwd", "ftp://example.com/", "/relative", "https:///no-host",
                "https://user:pw@example.com/", "javascript:alert(1)", "http://exa mple.com/"}) {
            assertThatThrownBy(() -> WebhookDesk.receiverUrl(refused)).as(refused)
                    .hasMessageContaining("absolute http or https URL");
        }
    }

    @Test
    void theAddressOfAProviderSignInIsItsEmailClaim() {
        assertThat(DirectoryFeed.emailOf(new TestingAuthenticationToken(new ProviderUser(Map.of("email",
                "grace@example.com")), null))).isEqualTo("grace@example.com");
        assertThat(DirectoryFeed.emailOf(new TestingAuthenticationToken("pam", null))).isNull();
        assertThat(DirectoryFeed.emailOf(new TestingAuthenticationToken(new ProviderUser(Map.of("email", 42)), null)))
                .isNull();
    }

    /** Like an OpenID Connect user: its claims under getAttributes(). */
    public record ProviderUser(Map<String, Object> attributes) {

        public Map<String, Object> getAttributes() {
            return attributes;
        }
    }
}
