package com.pilotledger.app.web;

import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.portfolio.BoardRow;
import com.pilotledger.api.portfolio.FindPilotComparison;
import com.pilotledger.api.portfolio.PilotStatus;
import com.pilotledger.app.portfolio.PortfolioReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.util.AbstractMap.SimpleEntry;
import java.util.List;
import java.util.Map;

/**
 * Two to six chosen pilots side by side, domain by domain, with capital, postures and days in posture; today or as
 * they stood at the end of a past date.
 */
@Controller
public class ComparePage {

    static final int FEWEST = 2;
    static final int MOST = 6;

    private final PortfolioReader reader;
    private final AsOfControl asOfControl;

    public ComparePage(PortfolioReader reader, AsOfControl asOfControl) {
        this.reader = reader;
        this.asOfControl = asOfControl;
    }

    @GetMapping("/compare")
    public String compare(@RequestParam(name = "ids", required = false) List<String> ids,
                          @RequestParam(required = false) String asOf, Model model) {
        List<String> chosen = ids == null ? List.of() : ids.stream().distinct().toList();
        Instant asOfInstant = asOfControl.read(asOf, chosen.stream()
                .<Map.Entry<String, String>>map(id -> new SimpleEntry<>("ids", id)).toList(), model);
        List<BoardRow> candidates = reader.allPilots(asOfInstant).rows().stream()
                .filter(row -> row.status() != PilotStatus.KILLED).toList();
        model.addAttribute("candidates", candidates);
        model.addAttribute("chosen", chosen);
        model.addAttribute("domains", StabilizationDomain.values());
        model.addAttribute("fewest", FEWEST);
        model.addAttribute("most", MOST);
        if (!chosen.isEmpty() && (chosen.size() < FEWEST || chosen.size() > MOST)) {
            model.addAttribute("choiceProblem", "Choose between " + FEWEST + " and " + MOST + " pilots to compare; you chose "
                    + chosen.size() + ".");
        } else if (!chosen.isEmpty()) {
            model.addAttribute("comparison", reader.comparison(new FindPilotComparison(chosen, asOfInstant)));
        }
        return "compare";
    }
}
