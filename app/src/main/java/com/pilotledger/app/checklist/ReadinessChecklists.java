package com.pilotledger.app.checklist;

import com.pilotledger.api.checklist.AssessChecklistItem;
import com.pilotledger.api.checklist.ChecklistCriterion;
import com.pilotledger.api.checklist.ChecklistStatus;
import com.pilotledger.api.checklist.ChecklistView;
import com.pilotledger.api.checklist.FindReadinessChecklist;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.CommandSender;
import com.pilotledger.app.problem.PilotNotFoundException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * A pilot's readiness checklist, the one path for the API and the pilot page: assessing an item (assessed now, by
 * the signed-in user) and reading the checklist, today or as of an instant; an unknown pilot is a 404.
 */
@Component
public class ReadinessChecklists {

    private final CommandSender commands;
    private final QueryGateway queries;
    private final Clock clock;

    public ReadinessChecklists(CommandSender commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    public void assess(String pilotId, ChecklistCriterion criterion, ChecklistStatus status, String evidence,
                       CommandOrigin origin) {
        commands.send(new AssessChecklistItem(pilotId, criterion, status, evidence, clock.instant()), origin);
    }

    /** The checklist as it stood at an instant (null: today). */
    public ChecklistView find(String pilotId, Instant asOf) {
        return queries.query(new FindReadinessChecklist(pilotId, asOf),
                        ResponseTypes.optionalInstanceOf(ChecklistView.class)).join()
                .orElseThrow(() -> new PilotNotFoundException(pilotId));
    }
}
