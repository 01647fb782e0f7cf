package com.pilotledger.app.deadletter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Administrators see the events the views could not apply, and retry them once the cause is removed. */
@RestController
@Tag(name = "Dead letters")
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/dead-letters")
    @Operation(summary = "Every parked event: processing group, sequence (pilot), event type, error, when, retries")
    public List<ParkedEvent> list() {
        return deadLetters.list();
    }

    @PostMapping("/api/dead-letters/{processingGroup}/{sequence}/retry")
    @Operation(summary = "Process a parked sequence again, in order; what still fails stays parked")
    public RetryOutcome retry(@PathVariable String processingGroup, @PathVariable String sequence) {
        return deadLetters.retry(processingGroup, sequence);
    }
}
