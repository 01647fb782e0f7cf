package com.pilotledger.app.ninetyday;

import com.pilotledger.api.ninetyday.NinetyDayReviewView;
import com.pilotledger.app.projection.ShownAt;
import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.pilot.CommandOrigin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.pilotledger.api.input.FieldLimits.IDENTIFIER;

/** The 90-day review of a pilot's scale decision: where it stands, and its completion by a reviewer. */
@RestController
@RequestMapping("/api/pilots/{pilotId}/ninety-day-review")
@Tag(name = "90-day review")
public class NinetyDayReviewController {

    private final NinetyDayReviews reviews;

    public NinetyDayReviewController(NinetyDayReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    @Operation(summary = "The 90-day review of the pilot's latest scale decision (404 when it never had one)")
    public NinetyDayReviewView review(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId) {
        return reviews.get(pilotId);
    }

    @PostMapping
    @Operation(summary = "Complete the due 90-day review with your conclusion (portfolio managers, executives): "
            + "each KPI projection is compared with the median measured over the last 28 days")
    @ShownAt("/api/pilots/{pilotId}/ninety-day-review")
    public NinetyDayReviewView complete(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId,
                                        @Valid @RequestBody CompleteReviewRequest request, CommandOrigin origin) {
        return reviews.complete(pilotId, request.conclusion(), origin);
    }
}
