package com.pilotledger.app.capital;

import com.pilotledger.api.capital.InvestmentRequestView;
import com.pilotledger.api.capital.RequestStatus;
import com.pilotledger.api.metric.KpiProjection;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.AuthorizeInvestment;
import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.app.pilot.CommandIds;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.CommandSender;
import com.pilotledger.app.problem.CommandRefusedException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Takes an authorization from the API or a page to where its sender can be told the outcome: authorized (capital
 * committed), waiting for a second approval, or refused with its code and figures (thrown, like any refusal).
 */
@Component
public class AuthorizationDesk {

    private final CommandSender commands;
    private final CapitalRequests requests;
    private final Clock clock;

    public AuthorizationDesk(CommandSender commands, CapitalRequests requests, Clock clock) {
        this.commands = commands;
        this.requests = requests;
        this.clock = clock;
    }

    /** Where the request stands; its view is empty when not yet visible when the decision timeout passes. */
    public record Outcome(String requestId, Optional<InvestmentRequestView> request) {

        public boolean isAuthorized() {
            return request.map(view -> view.status() == RequestStatus.AUTHORIZED).orElse(false);
        }
    }

    public Outcome authorize(String pilotId, Posture posture, Money capital, String scope, String conditions,
                              String rationale, String overrideJustification, List<KpiProjection> kpiProjections,
                              CommandOrigin origin) {
        String requestId = CommandIds.newId("authorize-investment", origin);
        commands.send(new AuthorizeInvestment(pilotId, requestId, posture, capital, scope, conditions, rationale,
                overrideJustification, clock.instant(), kpiProjections), origin);
        Optional<InvestmentRequestView> request = requests.awaitDecided(requestId);
        request.filter(view -> view.status() == RequestStatus.REFUSED).ifPresent(refused -> {
            throw new CommandRefusedException(new CommandRefusal(refused.code(), refused.reason(), refused.facts()));
        });
        return new Outcome(requestId, request);
    }
}
