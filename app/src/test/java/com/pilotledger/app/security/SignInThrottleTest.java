package com.pilotledger.app.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private static final String HOME = "10.0.0.1";

    /** A clock the test moves forward by hand. */
    private static final class ManualClock extends Clock {

        private Instant now = Instant.parse("2026-11-30T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInLimits(3, 5, Duration.ofMinutes(15), 2), Set.of("eve", "pam", "owen"), clock);

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.admit(user, address)).isEmpty();
            throttle.failed(user, address);
        }
    }

    @Test
    void holdsBackAUserAfterTheLimitOfFailuresUntilTheWindowEnds() {
        fail("eve", HOME, 3);
        clock.advance(Duration.ofMinutes(5));

        assertThat(throttle.admit("eve", HOME)).contains(Duration.ofMinutes(10));
        assertThat(throttle.admit("EVE", "10.0.0.2")).as("another case and another address are the same user")
                .contains(Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.admit("eve", HOME)).isEmpty();
    }

    @Test
    void aSuccessForgetsTheUsersFailures() {
        fail("eve", HOME, 2);
        assertThat(throttle.admit("eve", HOME)).isEmpty();
        throttle.succeeded("eve");

        fail("eve", HOME, 3);
        assertThat(throttle.admit("eve", HOME)).isPresent();
    }

    @Test
    void anotherUserIsNotHeldBackByOnesFailures() {
        fail("eve", HOME, 3);

        assertThat(throttle.admit("pam", HOME)).isEmpty();
    }

    @Test
    void holdsBackAnAddressThatFailsForManyUsers() {
        fail("eve", HOME, 2);
        fail("pam", HOME, 2);
        fail("somebody", HOME, 1);

        assertThat(throttle.admit("owen", HOME)).isPresent();
        assertThat(throttle.admit("owen", "10.0.0.2")).isEmpty();
    }

    @Test
    void attemptsStillBeingCheckedHoldNobodyBack() {
        for (int i = 0; i < 24; i++) {
            assertThat(throttle.admit("eve", HOME)).as("an API client's parallel requests, none answered yet").isEmpty();
        }
    }

    @Test
    void successesAreNotChargedToTheAddress() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.admit("pam", HOME)).isEmpty();
            throttle.succeeded("pam");
        }
        assertThat(throttle.admit("eve", HOME)).isEmpty();
    }

    @Test
    void namesNobodyHasAreCountedByTheirAddressAlone() {
        fail("nobody-1", "10.0.0.2", 3);

        assertThat(throttle.admit("nobody-1", "10.0.0.3")).as("no counter is kept for a name nobody has").isEmpty();
    }

    @Test
    void keepsOnlyTheMostRecentlySeenAddresses() {
        fail("nobody", HOME, 5);
        assertThat(throttle.admit("nobody", HOME)).isPresent();

        fail("nobody", "10.0.0.2", 1);
        fail("nobody", "10.0.0.3", 1);

        assertThat(throttle.admit("nobody", HOME)).as("forgotten: two addresses are tracked").isEmpty();
    }
}
