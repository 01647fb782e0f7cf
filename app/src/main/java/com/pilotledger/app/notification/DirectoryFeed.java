package com.pilotledger.app.notification;

import com.pilotledger.api.input.FieldLimits;
import com.pilotledger.app.security.LedgerUsers;
import com.pilotledger.app.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the {@link UserDirectory} filled: the configured users at every start, and every successful sign-in, however
 * it was made (a password, a provider's sign-in, a bearer token). An API client over HTTP Basic signs in with every
 * request, so a person is written again only when their roles or address changed or their last visit is older than
 * {@link #SEEN_AGAIN}.
 */
@Component
class DirectoryFeed {

    private static final Logger log = LoggerFactory.getLogger(DirectoryFeed.class);

    static final Duration SEEN_AGAIN = Duration.ofMinutes(5);

    private final UserDirectory directory;
    private final LedgerUsers users;
    private final Clock clock;
    private final Map<String, Seen> lastWritten = new ConcurrentHashMap<>();

    private record Seen(String email, Set<Role> roles, Instant at) {
    }

    DirectoryFeed(UserDirectory directory, LedgerUsers users, Clock clock) {
        this.directory = directory;
        this.users = users;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    void configuredUsers() {
        for (LedgerUsers.User user : users.users()) {
            directory.record(user.username(), user.email(), user.roles(), clock.instant());
        }
    }

    /**
     * Best effort: the directory serves notifications, so a failure to record someone is logged and never fails their
     * sign-in. A name longer than the ledger's columns can hold acts on nothing, so it is not recorded either.
     */
    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        try {
            record(event.getAuthentication());
        } catch (RuntimeException failed) {
            log.warn("Could not record {} in the user directory; their notifications may miss them",
                    event.getAuthentication().getName(), failed);
        }
    }

    private void record(Authentication authentication) {
        String username = authentication.getName();
        if (username == null || username.length() > FieldLimits.USERNAME) {
            return;
        }
        String email = Optional.ofNullable(emailOf(authentication)).orElseGet(() -> configuredEmail(username));
        Set<Role> roles = Role.heldBy(authentication);
        Instant now = clock.instant();
        Seen before = lastWritten.get(username);
        if (before != null && Objects.equals(before.email(), email) && before.roles().equals(roles)
                && before.at().plus(SEEN_AGAIN).isAfter(now)) {
            return;
        }
        directory.record(username, email, roles, now);
        lastWritten.put(username, new Seen(email, roles, now));
    }

    /** A configured user signing in with a password brings no address; the configured one is theirs. */
    private String configuredEmail(String username) {
        return users.users().stream().filter(user -> user.username().equals(username)).map(LedgerUsers.User::email)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * The {@code email} claim of a provider's sign-in: an OpenID Connect user's attributes ({@code getAttributes()}),
     * or a bearer token's claims ({@code getTokenAttributes()}). Read by name so this works whichever of Spring
     * Security's OAuth 2 modules is present; a password sign-in has none, and the configured address stays.
     */
    static String emailOf(Authentication authentication) {
        Object email = attribute(authentication, "getTokenAttributes");
        if (email == null) {
            email = attribute(authentication.getPrincipal(), "getAttributes");
        }
        return email instanceof String address && !address.isBlank() && address.length() <= LedgerUsers.EMAIL
                ? address : null;
    }

    private static Object attribute(Object source, String accessor) {
        if (source == null) {
            return null;
        }
        try {
            Method method = source.getClass().getMethod(accessor);
            return method.invoke(source) instanceof Map<?, ?> attributes ? attributes.get("email") : null;
        } catch (ReflectiveOperationException | RuntimeException absent) {
            return null;
        }
    }
}
