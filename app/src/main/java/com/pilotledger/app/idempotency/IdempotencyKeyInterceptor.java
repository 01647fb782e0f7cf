package com.pilotledger.app.idempotency;

import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.app.problem.CommandRefusedException;
import com.pilotledger.app.problem.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Idempotency as the IETF "Idempotency-Key HTTP Header Field" draft describes it, for every write endpoint of the API.
 * The first request with a key claims it and runs; its answer is recorded. The same key with the same request gets
 * that answer again without running anything; with another request, 422 {@code IDEMPOTENCY_KEY_REUSED}; while the
 * first is still running, 409 {@code IDEMPOTENCY_KEY_IN_FLIGHT}. An interceptor (with {@link IdempotencyKeyFilter}
 * preparing the request) rather than a filter alone, because it runs for a controller method only (an unknown path or
 * method claims nothing) and throws its refusals into the same problem advice as every other error.
 */
@Component
public class IdempotencyKeyInterceptor implements HandlerInterceptor {

    public static final String HEADER = "Idempotency-Key";
    /** A bare token, or the draft's Structured Field string: the same token in double quotes. */
    public static final String KEY_SYNTAX = "\"([A-Za-z0-9._:-]{1,128})\"|([A-Za-z0-9._:-]{1,128})";
    private static final Pattern KEY = Pattern.compile(KEY_SYNTAX);
    private static final String CLAIM = IdempotencyKeyInterceptor.class.getName() + ".claim";

    private final IdempotencyRecords records;
    private final Clock clock;

    public IdempotencyKeyInterceptor(IdempotencyRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** The command key of the request being handled, when it carries an Idempotency-Key; else null. */
    public static String commandKey(NativeWebRequest request) {
        Object claim = request.getAttribute(CLAIM, RequestAttributes.SCOPE_REQUEST);
        return claim == null ? null : ((IdempotencyRecords.Claimed) claim).request().commandKey();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        BufferedRequest buffered = WebUtils.getNativeRequest(request, BufferedRequest.class);
        if (!(handler instanceof HandlerMethod) || buffered == null) {
            return true;
        }
        String key = key(request.getHeader(HEADER));
        IdempotentRequest idempotent = IdempotentRequest.of(SecurityContextHolder.getContext().getAuthentication()
                .getName(), request.getMethod(), request.getRequestURI(), key, buffered.parameters(), buffered.body());
        IdempotencyRecords.Claim claim = records.claim(idempotent, clock.instant());
        if (claim instanceof IdempotencyRecords.Replay replay) {
            replay.response().writeTo(response);
            return false;
        }
        if (claim instanceof IdempotencyRecords.Reused) {
            throw refusal(ErrorCode.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key " + key
                    + " was already used for a different request to this endpoint; use a new key", key);
        }
        if (claim instanceof IdempotencyRecords.InFlight) {
            throw refusal(ErrorCode.IDEMPOTENCY_KEY_IN_FLIGHT, "The first request with Idempotency-Key " + key
                    + " is still being processed; retry after it is answered", key);
        }
        request.setAttribute(CLAIM, claim);
        return true;
    }

    /**
     * Records the answer, or gives the key back: a 5xx (our fault, perhaps passing) and a 409 (the state of the pilot
     * or the pool at that moment, or a concurrent change) are not final, so a retry decides again.
     */
    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception exception) {
        if (!(request.getAttribute(CLAIM) instanceof IdempotencyRecords.Claimed claim)) {
            return;
        }
        int status = response.getStatus();
        if (exception != null || status >= 500 || status == HttpStatus.CONFLICT.value()) {
            records.release(claim);
        } else {
            records.record(claim, RecordedResponse.of(WebUtils.getNativeResponse(response,
                    ContentCachingResponseWrapper.class)), clock.instant());
        }
    }

    private static String key(String header) {
        Matcher matcher = KEY.matcher(header);
        if (!matcher.matches()) {
            throw new InvalidRequestException(HEADER, "must be 1 to 128 letters, digits or . _ : -, optionally quoted");
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private static CommandRefusedException refusal(ErrorCode code, String message, String key) {
        return new CommandRefusedException(new CommandRefusal(code, message, Map.of("idempotencyKey", key)));
    }
}
