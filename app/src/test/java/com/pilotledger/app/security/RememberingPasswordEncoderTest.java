package com.pilotledger.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RememberingPasswordEncoderTest {

    /** Counts every real verification; "secret" matches only the hash "hash-of-secret". */
    private static final class CountingEncoder implements PasswordEncoder {

        final List<String> verified = new ArrayList<>();

        @Override
        public String encode(CharSequence rawPassword) {
            return "hash-of-" + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            verified.add(rawPassword + "→" + encodedPassword);
            return encode(rawPassword).equals(encodedPassword);
        }
    }

    private final CountingEncoder slow = new CountingEncoder();
    private final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(slow);

    @Test
    void aMatchingPasswordIsVerifiedOnceThenRemembered() {
        assertThat(encoder.matches("secret", "hash-of-secret")).isTrue();
        assertThat(encoder.matches("secret", "hash-of-secret")).isTrue();
        assertThat(encoder.matches("secret", "hash-of-secret")).isTrue();

        assertThat(slow.verified).hasSize(1);
    }

    @Test
    void aWrongPasswordIsVerifiedEveryTimeAndNeverAccepted() {
        encoder.matches("secret", "hash-of-secret");

        assertThat(encoder.matches("guess", "hash-of-secret")).isFalse();
        assertThat(encoder.matches("guess", "hash-of-secret")).isFalse();

        assertThat(slow.verified).containsExactly("secret→hash-of-secret", "guess→hash-of-secret",
                "guess→hash-of-secret");
    }

    @Test
    void aRememberedPasswordDoesNotMatchAnotherHash() {
        encoder.matches("secret", "hash-of-secret");

        assertThat(encoder.matches("secret", "hash-of-new-secret")).isFalse();
        assertThat(slow.verified).hasSize(2);
    }

    @Test
    void theOldestRememberedPasswordsAreForgottenBeyondTheBound() {
        encoder.matches("secret", "hash-of-secret");
        for (int user = 0; user < 1024; user++) {
            encoder.matches("secret" + user, "hash-of-secret" + user);
        }

        encoder.matches("secret", "hash-of-secret");

        assertThat(slow.verified).hasSize(1026);
    }
}
