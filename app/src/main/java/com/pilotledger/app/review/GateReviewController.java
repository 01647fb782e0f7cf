package com.pilotledger.app.review;

import com.pilotledger.api.review.GateReviews;
import com.pilotledger.app.projection.ShownAt;
import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.portfolio.PortfolioReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

import static com.pilotledger.api.input.FieldLimits.IDENTIFIER;

/**
 * A pilot's gate reviews (seed 002): convened and concluded by portfolio managers, each role's assessment recorded by
 * a portfolio manager or an executive on behalf of the person named in the role, gap-closure plans completed by pilot
 * owners or portfolio managers. Each answers with the pilot's gate reviews as the views show them after the command.
 */
@RestController
@RequestMapping("/api/pilots/{pilotId}")
@Tag(name = "Gate reviews")
public class GateReviewController {

    private final GateReviewDesk desk;
    private final PortfolioReader reader;

    public GateReviewController(GateReviewDesk desk, PortfolioReader reader) {
        this.desk = desk;
        this.reader = reader;
    }

    @GetMapping("/gate-reviews")
    @Operation(summary = "A pilot's gate reviews, their assessments and gap-closure plans")
    public GateReviews reviews(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId) {
        reader.pilot(pilotId);
        return desk.reviews(pilotId);
    }

    @PostMapping("/gate-reviews")
    @Operation(summary = "Convene a gate review naming the five stakeholder roles (portfolio managers)")
    @ShownAt("/api/pilots/{pilotId}/gate-reviews")
    public ResponseEntity<GateReviews> convene(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId,
                                               @Valid @RequestBody ConveneGateReviewRequest request,
                                               CommandOrigin origin) {
        String reviewId = desk.convene(pilotId, request.participants(), origin);
        return ResponseEntity.created(URI.create("/api/pilots/" + pilotId + "/gate-reviews#" + reviewId))
                .body(desk.reviews(pilotId));
    }

    @PostMapping("/gate-reviews/{reviewId}/assessments")
    @Operation(summary = "Record one role's assessment of the five signals (portfolio managers, executives)")
    @ShownAt("/api/pilots/{pilotId}/gate-reviews")
    public GateReviews assess(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId,
                              @PathVariable @LineOfText(max = IDENTIFIER) String reviewId,
                              @Valid @RequestBody AssessScaleReadinessRequest request, CommandOrigin origin) {
        desk.assess(pilotId, reviewId, request.role(), request.assessments(), origin);
        return desk.reviews(pilotId);
    }

    @PostMapping("/gate-reviews/{reviewId}/conclusion")
    @Operation(summary = "Conclude a gate review, with a gap-closure plan per Conditional signal (portfolio managers)")
    @ShownAt("/api/pilots/{pilotId}/gate-reviews")
    public GateReviews conclude(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId,
                                @PathVariable @LineOfText(max = IDENTIFIER) String reviewId,
                                @Valid @RequestBody ConcludeGateReviewRequest request, CommandOrigin origin) {
        desk.conclude(pilotId, reviewId, request.drafts(), origin);
        return desk.reviews(pilotId);
    }

    @PostMapping("/gap-closure-plans/{planId}/completion")
    @Operation(summary = "Record that a gap-closure plan was carried out (pilot owners, portfolio managers)")
    @ShownAt("/api/pilots/{pilotId}/gate-reviews")
    public GateReviews completePlan(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId,
                                    @PathVariable @LineOfText(max = IDENTIFIER) String planId,
                                    @Valid @RequestBody CompleteGapClosurePlanRequest request, CommandOrigin origin) {
        desk.completePlan(pilotId, planId, request.evidence(), origin);
        return desk.reviews(pilotId);
    }
}
