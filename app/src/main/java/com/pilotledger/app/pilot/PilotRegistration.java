package com.pilotledger.app.pilot;

import com.pilotledger.api.metric.KillCriterion;
import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.RegisterPilot;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Registering a pilot, the one path for the API and the board's form: the pilot's id is made here (from the
 * Idempotency-Key when there is one, so a retry addresses the same pilot), the time comes from the clock, and every
 * rule about the business case is the {@code Pilot}'s. Its first pilot owners, if named, are assigned with it.
 */
@Component
public class PilotRegistration {

    private final CommandSender commands;
    private final Clock clock;

    public PilotRegistration(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** Returns the new pilot's id. */
    public String register(String name, String businessUnit, String sponsor, String operationalOwner,
                           String problemStatement, String baselineMetric, String targetMetric,
                           Money requestedCapital, String killCriteria,
                           Map<ProductionMetric, MetricThresholds> metricThresholds,
                           List<KillCriterion> measurableKillCriteria, List<String> owners, CommandOrigin origin) {
        String pilotId = CommandIds.newId("register-pilot", origin);
        commands.send(new RegisterPilot(pilotId, name, businessUnit, sponsor, operationalOwner, problemStatement,
                baselineMetric, targetMetric, requestedCapital, killCriteria, metricThresholds, measurableKillCriteria,
                owners, clock.instant()), origin);
        return pilotId;
    }
}
