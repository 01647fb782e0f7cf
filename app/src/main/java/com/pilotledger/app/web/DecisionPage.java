package com.pilotledger.app.web;

import com.pilotledger.api.decision.DecisionContext;
import com.pilotledger.app.decision.DecisionContexts;
import com.pilotledger.app.portfolio.PortfolioReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One decision of the audit history with what its decider saw, the same panel as on the pilot page. */
@Controller
public class DecisionPage {

    private final DecisionContexts contexts;
    private final PortfolioReader reader;

    public DecisionPage(DecisionContexts contexts, PortfolioReader reader) {
        this.contexts = contexts;
        this.reader = reader;
    }

    @GetMapping("/audit/decisions/{globalIndex}")
    public String decision(@PathVariable long globalIndex, Model model) {
        DecisionContext context = contexts.at(globalIndex);
        model.addAttribute("context", context);
        model.addAttribute("pilotName", reader.pilot(context.pilotId()).summary().name());
        return "audit-decision";
    }
}
