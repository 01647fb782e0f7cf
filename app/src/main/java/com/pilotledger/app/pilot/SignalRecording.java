package com.pilotledger.app.pilot;

import com.pilotledger.api.pilot.Metric;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.RecordSignal;
import com.pilotledger.api.pilot.StabilizationDomain;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Recording a readiness signal, the one path for the API and the pilot page: recorded now, observed when the
 * sender says (now when they do not say).
 */
@Component
public class SignalRecording {

    private final CommandSender commands;
    private final Clock clock;

    public SignalRecording(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public void record(String pilotId, StabilizationDomain domain, ReadinessLevel level, String evidence, String source,
                       Instant observedAt, Metric metric, CommandOrigin origin) {
        Instant now = clock.instant();
        commands.send(new RecordSignal(pilotId, domain, level, evidence, source, observedAt == null ? now : observedAt,
                metric, now), origin);
    }
}
