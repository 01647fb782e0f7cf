package com.pilotledger.app.portfolio;

import com.pilotledger.app.problem.InvalidRequestException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the instant a view is asked about ({@code asOf}, {@code knownOn}): an ISO-8601 instant
 * ({@code 2026-02-10T12:00:00Z}) or a date ({@code 2026-02-10}, the end of that day in UTC, so everything on that day
 * counts). Absent, or not yet past (the future is not known: it means now), it is null, which the queries answer as
 * today. Anything else is refused with the parameter's name, a 400 problem rather than a failure.
 */
@Component
public class AsOfParameter {

    /** The last instant of a day that the read models' timestamps (microseconds) can tell from the next day. */
    private static final Duration LAST_TICK = Duration.ofNanos(1000);

    private final Clock clock;

    public AsOfParameter(Clock clock) {
        this.clock = clock;
    }

    public Instant parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant = read(name, value.strip());
        return instant.isBefore(clock.instant()) ? instant : null;
    }

    private static Instant read(String name, String value) {
        try {
            if (value.length() == "2026-02-10".length()) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minus(LAST_TICK);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException unreadable) {
            throw new InvalidRequestException(name, "must be an instant such as 2026-02-10T12:00:00Z or a date such "
                    + "as 2026-02-10 (the end of that day, UTC)");
        }
    }
}
