package com.pilotledger.app.pilot;

import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.metric.SetMetricThresholds;
import com.pilotledger.app.problem.InvalidRequestException;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Setting a production metric's thresholds after registration, stamped now; the rules are the pilot's. */
@Component
public class MetricThresholdSetting {

    private final CommandSender commands;
    private final Clock clock;

    public MetricThresholdSetting(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** Sets the thresholds; a request that gives none sets nothing and is refused, naming what to give. */
    public void set(String pilotId, ProductionMetric metric, MetricThresholds thresholds, CommandOrigin origin) {
        if (thresholds.baseline() == null && thresholds.target() == null && thresholds.minimumAcceptable() == null
                && thresholds.killThreshold() == null) {
            throw new InvalidRequestException("thresholds",
                    "Give at least one of baseline, target, minimumAcceptable and killThreshold");
        }
        commands.send(new SetMetricThresholds(pilotId, metric, thresholds, clock.instant()), origin);
    }
}
