package com.pilotledger.app.portfolio;

import com.pilotledger.app.axon.AxonMessagingConfiguration;
import com.pilotledger.app.projection.ProjectionCatchUp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Conditional GET for the board and the pilot pages and their API: a weak ETag made of how far the views are (the
 * tokens of the processor that writes them, advanced only once a batch has committed) and of everything else the
 * answer depends on: the address with its query, the user and roles (pages offer actions per role), the session (a
 * page carries its CSRF token) and the day (days in purgatory, reviews due). A client that sends it back in
 * If-None-Match is answered 304 before anything is read or rendered.
 * <p>
 * When this instance cannot tell how far the views are (the processor stopped, replaying, failing, or some of its
 * segments processed elsewhere), the answer carries no ETag and is rendered as always.
 */
@Component
public class ConditionalViews {

    private final EventProcessingConfiguration processing;
    private final Clock clock;

    public ConditionalViews(EventProcessingConfiguration processing, Clock clock) {
        this.processing = processing;
        this.clock = clock;
    }

    /** True when the client's copy is current (the 304 is set); otherwise the ETag is set and the caller renders. */
    public boolean unchanged(ServletWebRequest request) {
        HttpServletRequest http = request.getRequest();
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(http);
        if (flash != null && !flash.isEmpty()) {
            return false;
        }
        return viewsPosition().map(position -> request.checkNotModified(tag(position, http, user))).orElse(false);
    }

    /** The position of every segment of the views, or nothing when this instance cannot tell it. */
    Optional<String> viewsPosition() {
        Optional<StreamingEventProcessor> views = processing
                .eventProcessor(AxonMessagingConfiguration.READ_MODELS, StreamingEventProcessor.class);
        if (views.isEmpty()) {
            return Optional.empty();
        }
        Collection<EventTrackerStatus> segments = views.get().processingStatus().values();
        boolean known = ProjectionCatchUp.coverAllSegments(segments) && segments.stream()
                .noneMatch(status -> status.isErrorState() || status.isReplaying() || status.getTrackingToken() == null);
        if (!known) {
            return Optional.empty();
        }
        return Optional.of(segments.stream()
                .sorted(Comparator.comparingInt(status -> status.getSegment().getSegmentId()))
                .map(status -> status.getSegment().getSegmentId() + "=" + status.getTrackingToken())
                .collect(Collectors.joining(";")));
    }

    String tag(String position, HttpServletRequest request, Authentication user) {
        HttpSession session = request.getSession(false);
        String roles = user == null ? "" : user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .sorted().collect(Collectors.joining(","));
        String parts = String.join("\n", position, request.getRequestURI(),
                String.valueOf(request.getQueryString()), user == null ? "" : user.getName(), roles,
                session == null ? "" : session.getId(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
        return "W/\"" + HexFormat.of().formatHex(sha256(parts), 0, 16) + "\"";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
