package com.pilotledger.app.projection;

import java.time.Duration;

/** A read of the views while they are rebuilt: answered 503 with Retry-After (API) or a "rebuilding" page. */
public class ViewsRebuildingException extends RuntimeException {

    /** Rebuilds of this ledger take seconds to minutes; a client asking again after this sees progress. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final transient RebuildStatus.Progress progress;

    public ViewsRebuildingException(RebuildStatus.Progress progress) {
        super("The views are being rebuilt from the event store (" + progress.eventsDone() + " of "
                + progress.eventsTotal() + " events); they answer again when the rebuild is complete");
        this.progress = progress;
    }

    public RebuildStatus.Progress progress() {
        return progress;
    }
}
