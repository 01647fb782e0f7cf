package com.pilotledger.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts failed sign-ins per user and per client address and holds back the next attempt once a limit of failures
 * is reached within the window; a success forgets the user's failures. Only failures count: an API client signs in on
 * every request (HTTP Basic), so counting attempts still being checked would refuse a client's own parallel requests
 * (seen: 429s for 24 concurrent authorizations of two executives). A burst of parallel guesses is bounded by the
 * requests the server handles at once, and each wrong guess still costs a full bcrypt check.
 * <p>
 * Kept in memory, per instance: a sign-in is checked on every API request (HTTP Basic), and a shared table would put a
 * database write on each of them. With several instances an attacker gets the limit once per instance, which still
 * bounds guessing. Memory is bounded: users are counted only under names from configuration (a name nobody has is
 * counted by its address alone), and at most {@code addressesTracked} addresses are kept, the least recently seen
 * forgotten first.
 */
final class SignInThrottle {

    private final SignInLimits limits;
    private final Clock clock;
    private final Set<String> users;
    private final Map<String, Attempts> byUser = new HashMap<>();
    private final Map<String, Attempts> byAddress;

    SignInThrottle(SignInLimits limits, Set<String> usernames, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.users = usernames.stream().map(SignInThrottle::normalized).collect(Collectors.toUnmodifiableSet());
        this.byAddress = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Attempts> eldest) {
                return size() > limits.addressesTracked();
            }
        };
    }

    /** Lets an attempt through, or says how long the user or the address must wait. */
    synchronized Optional<Duration> admit(String username, String address) {
        Instant now = clock.instant();
        Duration wait = longer(waitOf(byUser.get(userKey(username)), limits.failuresPerUser(), now),
                waitOf(byAddress.get(address), limits.failuresPerAddress(), now));
        return wait.compareTo(Duration.ZERO) > 0 ? Optional.of(wait) : Optional.empty();
    }

    /** The password was wrong: one more failure for the user and the address. */
    synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        String user = userKey(username);
        if (user != null) {
            byUser.put(user, Attempts.oneMore(byUser.get(user), now, limits.window()));
        }
        if (address != null) {
            byAddress.put(address, Attempts.oneMore(byAddress.get(address), now, limits.window()));
        }
    }

    /** The password was right: the user starts afresh. */
    synchronized void succeeded(String username) {
        String user = userKey(username);
        if (user != null) {
            byUser.remove(user);
        }
    }

    private String userKey(String username) {
        String user = username == null ? null : normalized(username);
        return users.contains(user) ? user : null;
    }

    /** User names are told apart without regard to case, as the user store does. */
    private static String normalized(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    private Duration waitOf(Attempts attempts, int limit, Instant now) {
        if (attempts == null || attempts.count() < limit) {
            return Duration.ZERO;
        }
        return Duration.between(now, attempts.since().plus(limits.window()));
    }

    private static Duration longer(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    /** Failures counted since the start of the current window. */
    private record Attempts(Instant since, int count) {

        static Attempts oneMore(Attempts current, Instant now, Duration window) {
            if (current == null || !now.isBefore(current.since.plus(window))) {
                return new Attempts(now, 1);
            }
            return new Attempts(current.since, current.count + 1);
        }
    }
}
