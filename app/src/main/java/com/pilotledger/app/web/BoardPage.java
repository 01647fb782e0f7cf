package com.pilotledger.app.web;

import com.pilotledger.api.capital.CapitalView;
import com.pilotledger.api.capital.FindApprovalsInbox;
import com.pilotledger.api.capital.InvestmentRequestView;
import com.pilotledger.api.metric.KillComparison;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.portfolio.BoardFilter;
import com.pilotledger.api.portfolio.BoardRow;
import com.pilotledger.api.portfolio.BoardSort;
import com.pilotledger.api.portfolio.FindPortfolioBoard;
import com.pilotledger.api.portfolio.PilotStatus;
import com.pilotledger.api.portfolio.PortfolioBoard;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.PilotRegistration;
import com.pilotledger.app.pilot.PortfolioCurrency;
import com.pilotledger.app.portfolio.ConditionalViews;
import com.pilotledger.app.portfolio.PortfolioReader;
import com.pilotledger.app.projection.ViewsCatchingUp;
import jakarta.servlet.http.HttpServletResponse;
import com.pilotledger.app.review.GateReviewBadges;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.util.AbstractMap.SimpleEntry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The portfolio board: a column per authorized posture with a card per pilot, filters, totals per column, and
 * charts of committed capital per posture and per business unit. Portfolio managers register pilots here. As of a past
 * date it shows the board and the capital as they stood then, and offers no registration.
 */
@Controller
public class BoardPage {

    /** In Controlled Investment for longer than this, a pilot is in "pilot purgatory". */
    static final long PURGATORY_DAYS = 90;

    private final PortfolioReader reader;
    private final PilotRegistration registration;
    private final ChartData charts;
    private final AsOfControl asOfControl;
    private final ViewsCatchingUp catchingUp;
    private final GateReviewBadges gateReviewBadges;
    private final String currency;
    private final ConditionalViews conditional;

    public BoardPage(PortfolioReader reader, PilotRegistration registration, ChartData charts, AsOfControl asOfControl,
                     ViewsCatchingUp catchingUp, GateReviewBadges gateReviewBadges, PortfolioCurrency portfolio,
                     ConditionalViews conditional) {
        this.conditional = conditional;
        this.gateReviewBadges = gateReviewBadges;
        this.reader = reader;
        this.registration = registration;
        this.charts = charts;
        this.asOfControl = asOfControl;
        this.catchingUp = catchingUp;
        this.currency = portfolio.currency();
    }

    @GetMapping("/")
    public String board(@RequestParam(required = false) String businessUnit,
                        @RequestParam(required = false) String owner,
                        @RequestParam(required = false) Posture posture,
                        @RequestParam(required = false) String q,
                        @RequestParam(defaultValue = "false") boolean mine,
                        @RequestParam(required = false) String asOf,
                        CommandOrigin origin, Model model, ServletWebRequest request) {
        // While the views catch up the board shows how far they are, which no event changes: never "unchanged".
        if (catchingUp.current().isEmpty() && conditional.unchanged(request)) {
            return null;
        }
        model.addAttribute("registerForm", RegisterPilotForm.empty());
        // My pilots: those the signed-in user owns, whatever the operational owner named at registration.
        BoardFilter filter = new BoardFilter(blankToNull(businessUnit), blankToNull(owner), posture, null, null,
                blankToNull(q), mine ? origin.actor() : null);
        return render(filter, asOfControl.read(asOf, List.of(
                new SimpleEntry<>("businessUnit", filter.businessUnit()), new SimpleEntry<>("owner", filter.owner()),
                new SimpleEntry<>("posture", posture == null ? null : posture.name()), new SimpleEntry<>("q", filter.text()),
                new SimpleEntry<>("mine", mine ? "true" : null)), model), origin, model);
    }

    /**
     * Polled by the board's "catching up" notice: the notice again with the progress while the views are behind,
     * then a full reload of the board (htmx's HX-Refresh) once they are current.
     */
    @GetMapping("/catching-up")
    public String catchingUp(Model model, HttpServletResponse response) {
        Optional<ViewsCatchingUp.Progress> behind = catchingUp.current();
        if (behind.isEmpty()) {
            response.setHeader("HX-Refresh", "true");
            model.addAttribute("caughtUp", true);
            return "board :: caughtUp";
        }
        model.addAttribute("catchingUp", behind.get());
        return "board :: catchingUp";
    }

    @PostMapping("/pilots")
    public String register(@Valid @ModelAttribute("registerForm") RegisterPilotForm form, BindingResult errors,
                           CommandOrigin origin, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("registerOpen", true);
            return render(BoardFilter.none(), asOfControl.read(null, List.of(), model), origin, model);
        }
        String pilotId;
        try {
            pilotId = registration.register(form.name(), form.businessUnit(), form.sponsor(),
                    form.operationalOwner(), form.problemStatement(), form.baselineMetric(), form.targetMetric(),
                    new Money(form.requestedCapital(), currency), form.killCriteria(), form.thresholds(),
                    form.killCriteriaMeasures(), List.of(), origin);
        } catch (CommandExecutionException refused) {
            // The pilot's rules (e.g. capital must be positive) are the aggregate's: shown next to the form in words.
            CommandRefusal refusal = refused.<CommandRefusal>getDetails().orElseThrow(() -> refused);
            if (refusal.code() == ErrorCode.CAPITAL_NOT_POSITIVE) {
                errors.rejectValue("requestedCapital", refusal.code().name(), refusal.message());
            } else {
                errors.reject(refusal.code().name(), refusal.message());
            }
            model.addAttribute("registerOpen", true);
            return render(BoardFilter.none(), asOfControl.read(null, List.of(), model), origin, model);
        }
        redirect.addFlashAttribute("notice", "Registered \"" + form.name() + "\". Its recommendation is Pause until "
                + "ownership, governance and production economics have readings.");
        return "redirect:/pilots/" + pilotId;
    }

    private String render(BoardFilter filter, Instant asOf, CommandOrigin origin, Model model) {
        Optional<ViewsCatchingUp.Progress> behind = catchingUp.current();
        if (behind.isPresent()) {
            // A partial portfolio would pass for the whole one: the board waits until the views are current.
            model.addAttribute("catchingUp", behind.get());
            return "board";
        }
        // Unfiltered, the board is the list of all pilots that the filter options come from: query it once.
        PortfolioBoard everything = reader.allPilots(asOf);
        PortfolioBoard board = filter.equals(BoardFilter.none()) ? everything
                : reader.board(new FindPortfolioBoard(filter, BoardSort.NAME, false, 0, PortfolioReader.PAGE_LIMIT,
                asOf));
        Map<Posture, List<BoardRow>> columns = new EnumMap<>(Posture.class);
        for (Posture column : Posture.values()) {
            columns.put(column, board.rows().stream()
                    .filter(row -> row.status() != PilotStatus.KILLED && row.authorizedPosture() == column).toList());
        }
        CapitalView capital = reader.capital(asOf);
        model.addAttribute("filter", filter);
        model.addAttribute("columns", columns);
        model.addAttribute("totals", board.totals());
        model.addAttribute("killed", board.rows().stream().filter(row -> row.status() == PilotStatus.KILLED).toList());
        model.addAttribute("empty", everything.totalPilots() == 0);
        model.addAttribute("businessUnits", everything.rows().stream().map(BoardRow::businessUnit).distinct().sorted().toList());
        model.addAttribute("owners", everything.rows().stream().map(BoardRow::operationalOwner).distinct().sorted().toList());
        model.addAttribute("capital", capital);
        model.addAttribute("budgetBar", BudgetBar.of(capital));
        // Requests waiting for a second approval are today's business: a board of the past marks none.
        model.addAttribute("pendingApproval", asOf != null ? Set.of()
                : pilotIds(reader.pendingApprovals().requests()));
        model.addAttribute("awaitingApproval", asOf != null ? Set.of()
                : pilotIds(reader.inbox(new FindApprovalsInbox(origin.actor(), origin.roles())).requests()));
        model.addAttribute("capitalByPosture", charts.capital(capital.byPosture(), ChartData::postureLabel));
        model.addAttribute("capitalByUnit", charts.capital(capital.byBusinessUnit(), unit -> unit));
        model.addAttribute("purgatoryDays", PURGATORY_DAYS);
        model.addAttribute("metrics", ProductionMetric.values());
        model.addAttribute("killComparisons", KillComparison.values());
        model.addAttribute("gateReviewBadges", asOf == null ? gateReviewBadges.of(board.rows()) : GateReviewBadges.none());
        return "board";
    }

    private static Set<String> pilotIds(List<InvestmentRequestView> requests) {
        return requests.stream().map(InvestmentRequestView::pilotId).collect(Collectors.toSet());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
