package com.pilotledger.app.metric;

import com.pilotledger.api.metric.MetricBatchLimits;
import com.pilotledger.app.input.LineOfText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

import static com.pilotledger.api.input.FieldLimits.IDENTIFIER;

/**
 * A batch of production metric points as a monitoring system sends it: the batch id is the sender's own (e.g. its
 * run or export id); sending the same batch id again records nothing and gets the same answer.
 */
public record RecordMetricPointsRequest(
        @NotBlank(message = "Enter the batch id") @LineOfText(max = IDENTIFIER) String batchId,
        @NotEmpty(message = "Send at least one point")
        @Size(max = MetricBatchLimits.MAX_POINTS, message = "must hold at most {max} points; send more batches")
        List<@NotNull(message = "must be a point") @Valid MetricPointRequest> points) {
}
