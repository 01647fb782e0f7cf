package com.pilotledger.app.notification;

/** What a notification tells its recipient; each user chooses which kinds they receive, webhooks subscribe by kind. */
public enum NotificationKind {

    /** A request waits for a second approval that the recipient may give. */
    APPROVAL_AWAITED("A request awaits your approval"),
    /** A request the recipient may approve closes soon, still undecided. */
    REQUEST_EXPIRING("A request is about to expire"),
    /** The recipient's request was approved, rejected or expired. */
    REQUEST_DECIDED("Your request was decided"),
    /** The readiness policy recommends another posture for a pilot. */
    RECOMMENDATION_CHANGED("A recommendation changed"),
    /** A production metric of a pilot breached a threshold. */
    METRIC_THRESHOLD_BREACHED("A metric threshold was breached"),
    /** A gate review names the recipient in a stakeholder role, whose assessment is theirs to give. */
    GATE_REVIEW_ASSIGNED("A gate review assessment is assigned to you");

    private final String title;

    NotificationKind(String title) {
        this.title = title;
    }

    /** The kind in words, as a user reads it in a mail's subject and on the preferences page. */
    public String title() {
        return title;
    }
}
