package com.pilotledger.app.audit;

import java.util.Locale;
import java.util.Map;

/**
 * An event type as people read it in the audit: "Recommendation changed" rather than the stored type name
 * {@code PostureRecommendationChanged}. Most type names read well once split into words ("PilotPaused": "Pilot
 * paused"); those named after the code's concepts rather than the domain's words have words of their own here.
 */
public final class EventWords {

    private static final Map<String, String> OWN_WORDS = Map.of(
            "PostureRecommendationChanged", "Recommendation changed",
            "InvestmentAuthorizationRequested", "Authorization requested",
            "InvestmentRequestClosed", "Authorization request closed",
            "FourEyesThresholdSet", "Second-approval threshold set",
            "ReadinessPolicyProposed", "Policy version proposed",
            "ReadinessPolicyActivated", "Policy version activated");

    private EventWords() {
    }

    /** The words of an event type, named by its simple or its fully qualified class name (as the store keeps it). */
    public static String of(String eventType) {
        String name = eventType.substring(eventType.lastIndexOf('.') + 1);
        String words = OWN_WORDS.get(name);
        if (words != null) {
            return words;
        }
        String split = name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
        return split.isEmpty() ? split : split.charAt(0) + split.substring(1).toLowerCase(Locale.ROOT);
    }
}
