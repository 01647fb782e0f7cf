package com.pilotledger.app.pilot;

import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.pilot.Metric;
import com.pilotledger.api.portfolio.PilotDetail;
import com.pilotledger.app.projection.ShownAt;
import com.pilotledger.app.capital.AuthorizationDesk;
import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.portfolio.PortfolioReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

import static com.pilotledger.api.input.FieldLimits.IDENTIFIER;

/**
 * The decisions and evidence a user can record about a pilot. Each answers with the pilot as the views show it
 * after the command, so the caller reads its own write.
 */
@RestController
@RequestMapping("/api/pilots")
@Tag(name = "Pilot commands")
public class PilotCommandController {

    private final PilotRegistration registration;
    private final SignalRecording signals;
    private final PilotDecisions decisions;
    private final AuthorizationDesk desk;
    private final PortfolioReader reader;
    private final PortfolioCurrency currency;
    private final MetricThresholdSetting thresholds;

    public PilotCommandController(PilotRegistration registration, SignalRecording signals, PilotDecisions decisions,
                                  AuthorizationDesk desk, PortfolioReader reader, PortfolioCurrency currency,
                                  MetricThresholdSetting thresholds) {
        this.registration = registration;
        this.signals = signals;
        this.decisions = decisions;
        this.desk = desk;
        this.reader = reader;
        this.currency = currency;
        this.thresholds = thresholds;
    }

    /**
     * 201 with the pilot. If the views have not caught up within the read-your-writes timeout (under a burst of
     * writes), the pilot is registered all the same: 202 with its location, where it appears once they have.
     */
    @PostMapping
    @Operation(summary = "Register a pilot (portfolio managers)")
    public ResponseEntity<PilotDetail> register(@Valid @RequestBody RegisterPilotRequest request,
                                                CommandOrigin origin) {
        String pilotId = registration.register(request.name(), request.businessUnit(), request.sponsor(),
                request.operationalOwner(), request.problemStatement(), request.baselineMetric(),
                request.targetMetric(), currency.money(request.requestedCapital(), "requestedCapital"),
                request.killCriteria(), request.thresholds(), request.killCriteriaMeasures(), request.owners(), origin);
        URI location = URI.create("/api/pilots/" + pilotId);
        return reader.findPilot(pilotId)
                .map(pilot -> ResponseEntity.created(location).body(pilot))
                .orElseGet(() -> ResponseEntity.accepted().location(location).build());
    }

    @PostMapping("/{pilotId}/signals")
    @Operation(summary = "Record a readiness signal for one stabilization domain (pilot owners, portfolio managers)")
    @ShownAt("/api/pilots/{pilotId}")
    public PilotDetail recordSignal(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId, @Valid @RequestBody RecordSignalRequest request,
                                    CommandOrigin origin) {
        Metric metric = request.metric() == null ? null
                : new Metric(request.metric().name(), request.metric().value(), request.metric().unit());
        signals.record(pilotId, request.domain(), request.level(), request.evidence(), request.source(),
                request.observedAt(), metric, origin);
        return reader.pilot(pilotId);
    }

    /**
     * Within the decider's limit and below the four-eyes threshold: 200 with the pilot, its capital committed. Above
     * the threshold: 202 with the request, which waits in the approvals inbox. Refused by the pool or by the decider's
     * authority: the refusal with its code and figures (e.g. the capital available).
     */
    @PostMapping("/{pilotId}/authorizations")
    @Operation(summary = "Authorize a posture and capital (executives, portfolio managers; within their approval limit)")
    public ResponseEntity<?> authorize(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId,
                                       @Valid @RequestBody AuthorizeInvestmentRequest request, CommandOrigin origin) {
        AuthorizationDesk.Outcome outcome = desk.authorize(pilotId, request.posture(),
                currency.money(request.capital(), "capital"), request.scope(), request.conditions(),
                request.rationale(), request.overrideJustification(), request.projections(), origin);
        if (outcome.isAuthorized()) {
            return ResponseEntity.ok(reader.pilot(pilotId));
        }
        URI location = URI.create("/api/approvals/" + outcome.requestId());
        return outcome.request()
                .<ResponseEntity<?>>map(waiting -> ResponseEntity.accepted().location(location).body(waiting))
                .orElseGet(() -> ResponseEntity.accepted().location(location).build());
    }

    /** Sets (or changes) the thresholds one production metric is judged against from now on. */
    @PutMapping("/{pilotId}/metrics/{metric}/thresholds")
    @Operation(summary = "Set the thresholds of one production metric (portfolio managers)")
    @ShownAt("/api/pilots/{pilotId}")
    public PilotDetail setThresholds(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId,
                                     @PathVariable ProductionMetric metric,
                                     @Valid @RequestBody MetricThresholdsRequest request, CommandOrigin origin) {
        thresholds.set(pilotId, metric, request.thresholds(), origin);
        return reader.pilot(pilotId);
    }

    @PostMapping("/{pilotId}/pause")
    @Operation(summary = "Pause a pilot (portfolio managers, executives)")
    @ShownAt("/api/pilots/{pilotId}")
    public PilotDetail pause(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId, @Valid @RequestBody DecisionReasonRequest request,
                             CommandOrigin origin) {
        decisions.pause(pilotId, request.reason(), origin);
        return reader.pilot(pilotId);
    }

    @PostMapping("/{pilotId}/kill")
    @Operation(summary = "Kill a pilot for good (portfolio managers, executives)")
    @ShownAt("/api/pilots/{pilotId}")
    public PilotDetail kill(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId, @Valid @RequestBody DecisionReasonRequest request,
                            CommandOrigin origin) {
        decisions.kill(pilotId, request.reason(), origin);
        return reader.pilot(pilotId);
    }
}
