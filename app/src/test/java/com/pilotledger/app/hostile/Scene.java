package com.pilotledger.app.hostile;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stage the hostile requests play on: the write endpoints, the pilots and the approval request they aim at, who
 * may call each endpoint, and a valid request per endpoint that the generators start from and spoil.
 */
final class Scene {

    /** Pilots the requests aim at, so that one kill does not refuse every later signal for the wrong reason. */
    record Pilots(String target, String paused, String killed) {
    }

    static final String CURRENCY = "USD";
    static final String USER_WITH_OWN_LIMIT = "hostile.user";
    private static final Instant RECENTLY = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

    private final ApplicationEndpoints endpoints;
    private final Pilots pilots;
    private final String approvalRequestId;

    Scene(ApplicationEndpoints endpoints, Pilots pilots, String approvalRequestId) {
        this.endpoints = endpoints;
        this.pilots = pilots;
        this.approvalRequestId = approvalRequestId;
    }

    List<WriteEndpoint> writes() {
        return endpoints.writes();
    }

    ApplicationEndpoints endpoints() {
        return endpoints;
    }

    /** The endpoint's request with valid input from the user whose role may call it: it may well be accepted. */
    HostileRequest valid(WriteEndpoint endpoint) {
        return withBody(new HostileRequest(endpoint, "ValidRequests", "valid input", endpoint.method(),
                path(endpoint, Map.of()), List.of(), new byte[0], actor(endpoint), Expect.EITHER), validBody(endpoint));
    }

    /** The request with this body written as the endpoint reads it: JSON, a form, or the query string. */
    HostileRequest withBody(HostileRequest request, Body body) {
        WriteEndpoint endpoint = request.endpoint();
        String path = request.target().contains("?")
                ? request.target().substring(0, request.target().indexOf('?')) : request.target();
        return switch (endpoint.encoding()) {
            case JSON -> request.withTarget(path).withHeader("Content-Type", "application/json")
                    .withBody(body.json().getBytes(StandardCharsets.UTF_8));
            case FORM -> request.withTarget(path).withHeader("Content-Type", "application/x-www-form-urlencoded")
                    .withBody(body.form().getBytes(StandardCharsets.UTF_8));
            case QUERY -> request.withTarget(path + "?" + body.form());
            case NONE -> request.withTarget(path);
        };
    }

    /** The path with each variable's usual value, or the value given for it (written as it is: already encoded). */
    String path(WriteEndpoint endpoint, Map<String, String> given) {
        String path = endpoint.pattern();
        for (String variable : endpoint.pathVariables()) {
            String value = given.containsKey(variable) ? given.get(variable) : Body.encode(usual(endpoint, variable));
            path = path.replace("{" + variable + "}", value);
        }
        return path;
    }

    /** A valid body: a usual value for every field, optional ones included so that they are spoilt too. */
    Body validBody(WriteEndpoint endpoint) {
        Body body = new Body(new LinkedHashMap<>());
        for (InputField field : endpoint.leaves()) {
            body = body.with(field.path(), validValue(field, endpoint.encoding()));
        }
        return body;
    }

    /**
     * The user whose role may call the endpoint. Named here rather than read from the security rules: a new write
     * endpoint fails the suite until someone says who calls it.
     */
    Caller actor(WriteEndpoint endpoint) {
        String user = actorName(endpoint);
        return endpoint.isApi() ? new Caller.Basic(user) : new Caller.Session(user);
    }

    static String actorName(WriteEndpoint endpoint) {
        String pattern = endpoint.pattern();
        if (pattern.endsWith("/signals") || pattern.endsWith("/checklist") || pattern.endsWith("/completion")) {
            return "owen";
        }
        if (pattern.contains("/gate-reviews") || pattern.contains("/owners")) {
            return "pam";
        }
        if (pattern.endsWith("/metrics")) {
            return "monitor";
        }
        if (pattern.endsWith("/authorizations")) {
            return "eve";
        }
        if (pattern.contains("/approvals/")) {
            return "ethan";
        }
        if (pattern.endsWith("/pause") || pattern.endsWith("/kill") || pattern.equals("/api/pilots")
                || pattern.equals("/pilots") || pattern.endsWith("/ninety-day-review")
                || pattern.endsWith("/thresholds")) {
            return "pam";
        }
        if (pattern.endsWith("/me/notifications")) {
            return "owen";
        }
        if (pattern.startsWith("/api/integrity") || pattern.startsWith("/audit")) {
            return "ada";
        }
        if (pattern.startsWith("/api/capital") || pattern.startsWith("/api/decision-rights")
                || pattern.contains("/dead-letters/") || pattern.startsWith("/api/policy")
                || pattern.startsWith("/api/operations")
                || pattern.startsWith("/policy") || pattern.startsWith("/api/webhooks")
                || pattern.startsWith("/webhooks")) {
            return "alex";
        }
        throw new IllegalStateException("The hostile-input suite does not know who calls " + endpoint
                + ": add it to Scene.actorName");
    }

    private String usual(WriteEndpoint endpoint, String variable) {
        return switch (variable) {
            case "pilotId" -> endpoint.pattern().endsWith("/kill") ? pilots.killed()
                    : endpoint.pattern().endsWith("/pause") ? pilots.paused() : pilots.target();
            case "requestId" -> approvalRequestId;
            case "role" -> "PORTFOLIO_MANAGER";
            // Also a pilot owner assigned and removed again and again; owen, who records the storm's evidence, stays.
            case "username" -> USER_WITH_OWN_LIMIT;
            // Nothing is parked in the storm: a retry finds no dead letter (404), whatever else is wrong with it.
            case "processingGroup" -> "pilot-detail";
            case "sequence" -> pilots.target();
            // The version in force: activating it again is refused (409), whatever else is wrong with the request.
            case "version" -> "v1";
            // No gate review is open and no plan exists: an assessment, a conclusion or a completion is refused
            // (409, 404), whatever else is wrong with it.
            case "reviewId" -> "hostile-review";
            case "metric" -> "TASK_COMPLETION_RATE";
            case "planId" -> "hostile-plan";
            // No subscription or delivery of these ids: a change, removal or re-send is a 404, whatever else is wrong.
            case "subscriptionId" -> "hostile-subscription";
            case "deliveryId" -> "hostile-delivery";
            default -> throw new IllegalStateException("The hostile-input suite has no value for {" + variable
                    + "} in " + endpoint + ": add it to Scene.usual");
        };
    }

    static Object validValue(InputField field, WriteEndpoint.Encoding encoding) {
        boolean json = encoding == WriteEndpoint.Encoding.JSON;
        if (field.many() && json) {
            return List.of(validValue(new InputField(field.path(), field.type(), field.required(), field.maxLength(),
                    field.minimum(), field.maximum()), encoding));
        }
        return switch (field.kind()) {
            case TEXT -> field.name().equals("currency") ? CURRENCY
                    : field.name().equals("version") ? "hostile-v"
                    // Owen records the storm's evidence, so he owns its pilots from their registration.
                    : field.name().equals("owners") ? "owen"
                    : field.name().equals("pilotOwner") ? USER_WITH_OWN_LIMIT : "Hostile-input baseline " + field.name();
            // A metric point's value is a percentage for the first metric: 0 to 100.
            case DECIMAL -> field.path().startsWith("points[") ? new Body.Literal("90.5")
                    : json ? new Body.Literal("1000.00") : "1000.00";
            case INTEGER -> {
                long value = field.minimum().orElse(0) > 24 || field.maximum().orElse(Long.MAX_VALUE) < 24
                        ? field.minimum().orElse(1) : 24;
                yield json ? new Body.Literal(Long.toString(value)) : Long.toString(value);
            }
            case ENUM -> field.enumNames().get(0);
            // A metric point may be observed up to a year back: an hour ago stays valid however long the storm runs.
            case INSTANT -> field.path().startsWith("points[") ? RECENTLY.toString() : "2020-01-01T00:00:00Z";
            // A due date: the day a gap-closure plan is due, after the review concludes.
            case DATE -> "2099-06-30";
            case OBJECT -> throw new IllegalStateException("objects are built from their fields: " + field.path());
        };
    }
}
