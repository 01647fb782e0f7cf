package com.pilotledger.app.capital;

import com.pilotledger.api.capital.CapitalView;
import com.pilotledger.api.capital.DecisionRights;
import com.pilotledger.api.capital.LimitHolder;
import com.pilotledger.api.capital.RemoveApprovalLimit;
import com.pilotledger.api.capital.SetApprovalLimit;
import com.pilotledger.api.capital.SetApprovalWindow;
import com.pilotledger.api.capital.SetCapitalBudget;
import com.pilotledger.api.capital.SetFourEyesThreshold;
import com.pilotledger.app.input.SignInName;
import com.pilotledger.app.projection.ShownAt;
import com.pilotledger.app.input.WrittenText;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.CommandSender;
import com.pilotledger.app.pilot.PortfolioCurrency;
import com.pilotledger.app.portfolio.AsOfParameter;
import com.pilotledger.app.portfolio.PortfolioReader;
import com.pilotledger.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;

/**
 * The capital view everyone reads, and the decision rights only administrators change: the budget, the approval
 * limits per role and per user, the four-eyes threshold and the approval window. Every change is an event.
 */
@RestController
@Tag(name = "Capital and decision rights")
public class CapitalController {


    private final CommandSender commands;
    private final PortfolioReader reader;
    private final PortfolioCurrency currency;
    private final Clock clock;
    private final AsOfParameter instants;

    public CapitalController(CommandSender commands, PortfolioReader reader, PortfolioCurrency currency, Clock clock,
                             AsOfParameter instants) {
        this.commands = commands;
        this.reader = reader;
        this.currency = currency;
        this.clock = clock;
        this.instants = instants;
    }

    @GetMapping("/api/capital")
    @Operation(summary = "Budget, committed, frozen, reserved and available capital, by posture and business unit; "
            + "as of an instant")
    public CapitalView capital(@RequestParam(required = false) @Parameter(description = "An instant "
            + "(2026-02-10T12:00:00Z) or a date (2026-02-10: the end of that day, UTC) to answer as of; absent or in "
            + "the future: now") String asOf) {
        return reader.capital(instants.parse("asOf", asOf));
    }

    @GetMapping("/api/decision-rights")
    @Operation(summary = "Budget, four-eyes threshold, approval window and every approval limit")
    public DecisionRights decisionRights() {
        return reader.decisionRights();
    }

    @PutMapping("/api/capital/budget")
    @Operation(summary = "Set the portfolio's capital budget (administrators)")
    @ShownAt("/api/decision-rights")
    public DecisionRights setBudget(@Valid @RequestBody AmountDecisionRequest request, CommandOrigin origin) {
        commands.send(new SetCapitalBudget(currency.money(request.amount(), "amount"), request.reason(),
                clock.instant()), origin);
        return reader.decisionRights();
    }

    @PutMapping("/api/decision-rights/limits/roles/{role}")
    @Operation(summary = "Set the approval limit of a role (administrators)")
    @ShownAt("/api/decision-rights")
    public DecisionRights setRoleLimit(@PathVariable Role role, @Valid @RequestBody AmountDecisionRequest request,
                                       CommandOrigin origin) {
        return setLimit(LimitHolder.role(role.name()), request, origin);
    }

    @PutMapping("/api/decision-rights/limits/users/{username}")
    @Operation(summary = "Set the approval limit of one named user, above or below their roles' (administrators)")
    @ShownAt("/api/decision-rights")
    public DecisionRights setUserLimit(@PathVariable @SignInName String username,
                                       @Valid @RequestBody AmountDecisionRequest request, CommandOrigin origin) {
        return setLimit(LimitHolder.user(username), request, origin);
    }

    @DeleteMapping("/api/decision-rights/limits/users/{username}")
    @Operation(summary = "Remove a user's own approval limit; their roles' limits apply again (administrators)")
    @ShownAt("/api/decision-rights")
    public DecisionRights removeUserLimit(@PathVariable @SignInName String username,
                                          @RequestParam @NotBlank(message = "Enter the reason") @WrittenText
                                          String reason,
                                          CommandOrigin origin) {
        commands.send(new RemoveApprovalLimit(LimitHolder.user(username), reason, clock.instant()), origin);
        return reader.decisionRights();
    }

    @PutMapping("/api/decision-rights/four-eyes-threshold")
    @Operation(summary = "Set the amount above which an authorization needs a second approval (administrators)")
    @ShownAt("/api/decision-rights")
    public DecisionRights setFourEyesThreshold(@Valid @RequestBody AmountDecisionRequest request,
                                               CommandOrigin origin) {
        commands.send(new SetFourEyesThreshold(currency.money(request.amount(), "amount"), request.reason(),
                clock.instant()), origin);
        return reader.decisionRights();
    }

    @PutMapping("/api/decision-rights/approval-window")
    @Operation(summary = "Set how long a request waits for its second approval before it expires (administrators)")
    @ShownAt("/api/decision-rights")
    public DecisionRights setApprovalWindow(@Valid @RequestBody ApprovalWindowRequest request, CommandOrigin origin) {
        commands.send(new SetApprovalWindow(Duration.ofHours(request.hours()), request.reason(), clock.instant()),
                origin);
        return reader.decisionRights();
    }

    private DecisionRights setLimit(LimitHolder holder, AmountDecisionRequest request, CommandOrigin origin) {
        commands.send(new SetApprovalLimit(holder, currency.money(request.amount(), "amount"), request.reason(),
                clock.instant()), origin);
        return reader.decisionRights();
    }
}
