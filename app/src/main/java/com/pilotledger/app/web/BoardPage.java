package com.pilotledger.app.web;

import com.pilotledger.api.capital.CapitalView;
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
import com.pilotledger.app.portfolio.PortfolioReader;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.util.AbstractMap.SimpleEntry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
    private final GateReviewBadges gateReviewBadges;
    private final String currency;

    public BoardPage(PortfolioReader reader, PilotRegistration registration, ChartData charts, AsOfControl asOfControl,
                     GateReviewBadges gateReviewBadges, PortfolioCurrency portfolio) {
        this.reader = reader;
        this.gateReviewBadges = gateReviewBadges;
        this.registration = registration;
        this.charts = charts;
        this.asOfControl = asOfControl;
        this.currency = portfolio.currency();
    }

    @GetMapping("/")
    public String board(@RequestParam(required = false) String businessUnit,
                        @RequestParam(required = false) String owner,
                        @RequestParam(required = false) Posture posture,
                        @RequestParam(required = false) String q,
                        @RequestParam(required = false) String asOf,
                        Model model) {
        model.addAttribute("registerForm", RegisterPilotForm.empty());
        BoardFilter filter = new BoardFilter(blankToNull(businessUnit), blankToNull(owner), posture, null, null,
                blankToNull(q));
        return render(filter, asOfControl.read(asOf, List.of(
                new SimpleEntry<>("businessUnit", filter.businessUnit()), new SimpleEntry<>("owner", filter.owner()),
                new SimpleEntry<>("posture", posture == null ? null : posture.name()), new SimpleEntry<>("q", filter.text())), model), model);
    }

    @PostMapping("/pilots")
    public String register(@Valid @ModelAttribute("registerForm") RegisterPilotForm form, BindingResult errors,
                           CommandOrigin origin, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("registerOpen", true);
            return render(BoardFilter.none(), asOfControl.read(null, List.of(), model), model);
        }
        String pilotId;
        try {
            pilotId = registration.register(form.name(), form.businessUnit(), form.sponsor(),
                    form.operationalOwner(), form.problemStatement(), form.baselineMetric(), form.targetMetric(),
                    new Money(form.requestedCapital(), currency), form.killCriteria(), origin);
        } catch (CommandExecutionException refused) {
            // The pilot's rules (e.g. capital must be positive) are the aggregate's: shown next to the form in words.
            CommandRefusal refusal = refused.<CommandRefusal>getDetails().orElseThrow(() -> refused);
            if (refusal.code() == ErrorCode.CAPITAL_NOT_POSITIVE) {
                errors.rejectValue("requestedCapital", refusal.code().name(), refusal.message());
            } else {
                errors.reject(refusal.code().name(), refusal.message());
            }
            model.addAttribute("registerOpen", true);
            return render(BoardFilter.none(), asOfControl.read(null, List.of(), model), model);
        }
        redirect.addFlashAttribute("notice", "Registered \"" + form.name() + "\". Its recommendation is Pause until "
                + "ownership, governance and production economics have readings.");
        return "redirect:/pilots/" + pilotId;
    }

    private String render(BoardFilter filter, Instant asOf, Model model) {
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
        model.addAttribute("killed", board.rows().stream().filter(row -> row.status() == PilotStatus.KILLED).count());
        model.addAttribute("empty", everything.totalPilots() == 0);
        model.addAttribute("businessUnits", everything.rows().stream().map(BoardRow::businessUnit).distinct().sorted().toList());
        model.addAttribute("owners", everything.rows().stream().map(BoardRow::operationalOwner).distinct().sorted().toList());
        model.addAttribute("capital", capital);
        model.addAttribute("capitalByPosture", charts.capital(capital.byPosture(), ChartData::postureLabel));
        model.addAttribute("capitalByUnit", charts.capital(capital.byBusinessUnit(), unit -> unit));
        model.addAttribute("purgatoryDays", PURGATORY_DAYS);
        model.addAttribute("gateReviewBadges", asOf == null ? gateReviewBadges.of(board.rows()) : GateReviewBadges.none());
        return "board";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
