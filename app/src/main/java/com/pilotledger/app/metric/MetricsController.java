package com.pilotledger.app.metric;

import com.pilotledger.api.metric.MeasuredMedians;
import com.pilotledger.api.metric.PilotMetrics;
import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.input.WithinTime;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.portfolio.PortfolioReader;
import com.pilotledger.app.problem.InvalidRequestException;
import com.pilotledger.app.problem.PilotNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

import static com.pilotledger.api.input.FieldLimits.IDENTIFIER;

/**
 * Production metrics (seed 004): monitoring systems send batches of points; people read a pilot's series, with its
 * thresholds and breaches, and the medians it measured over a period.
 */
@RestController
@RequestMapping("/api/pilots/{pilotId}/metrics")
@Tag(name = "Production metrics")
public class MetricsController {

    private final MetricIngestion ingestion;
    private final MetricReader metrics;
    private final PortfolioReader portfolio;
    private final Clock clock;

    public MetricsController(MetricIngestion ingestion, MetricReader metrics, PortfolioReader portfolio, Clock clock) {
        this.ingestion = ingestion;
        this.metrics = metrics;
        this.portfolio = portfolio;
        this.clock = clock;
    }

    /**
     * 200 with the receipt once the batch is recorded. The same batch id sent again records nothing and answers the
     * same; an Idempotency-Key works as on every write.
     */
    @PostMapping
    @Operation(summary = "Record a batch of production metric points (monitoring systems, pilot owners, portfolio "
            + "managers)")
    public MetricBatchReceipt record(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId,
                                     @Valid @RequestBody RecordMetricPointsRequest request, CommandOrigin origin) {
        return ingestion.record(pilotId, request, origin);
    }

    /** Each metric's points observed in [from, to) (default: the last 90 days), its thresholds and breaches. */
    @GetMapping
    @Operation(summary = "A pilot's production metric series with thresholds and breaches")
    public PilotMetrics series(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId,
                               @RequestParam(required = false) @WithinTime Instant from,
                               @RequestParam(required = false) @WithinTime Instant to,
                               @RequestParam(defaultValue = "" + MetricReader.MAX_POINTS) @Min(1)
                               @Max(MetricReader.MAX_POINTS) int limit) {
        Period period = period(pilotId, from, to);
        return metrics.series(pilotId, period.from(), period.to(), limit);
    }

    /** The median of each metric over [from, to) (default: the last 90 days). */
    @GetMapping("/medians")
    @Operation(summary = "The medians a pilot's production metrics measured over a period")
    public MeasuredMedians medians(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId,
                                   @RequestParam(required = false) @WithinTime Instant from,
                                   @RequestParam(required = false) @WithinTime Instant to) {
        Period period = period(pilotId, from, to);
        return metrics.medians(pilotId, period.from(), period.to());
    }

    private Period period(String pilotId, Instant from, Instant to) {
        if (portfolio.findPilot(pilotId).isEmpty()) {
            throw new PilotNotFoundException(pilotId);
        }
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(MetricReader.CHARTED) : from;
        if (!start.isBefore(end)) {
            throw new InvalidRequestException("from", "must be before to");
        }
        return new Period(start, end);
    }

    private record Period(Instant from, Instant to) {
    }
}
