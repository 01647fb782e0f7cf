package com.pilotledger.app.web;

import com.pilotledger.api.portfolio.BoardRow;
import com.pilotledger.app.deadletter.DeadLetters;
import com.pilotledger.app.deadletter.RetryOutcome;
import com.pilotledger.app.portfolio.PortfolioReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.stream.Collectors;

/** For administrators: the events the views could not apply, with their error, and a retry per sequence. */
@Controller
public class DeadLettersPage {

    private final DeadLetters deadLetters;
    private final PortfolioReader reader;

    public DeadLettersPage(DeadLetters deadLetters, PortfolioReader reader) {
        this.deadLetters = deadLetters;
        this.reader = reader;
    }

    @GetMapping("/dead-letters")
    public String list(Model model) {
        model.addAttribute("parked", deadLetters.list());
        model.addAttribute("pilotNames", reader.allPilots().rows().stream()
                .collect(Collectors.toMap(BoardRow::pilotId, BoardRow::name)));
        return "dead-letters";
    }

    @PostMapping("/dead-letters/{processingGroup}/{sequence}/retry")
    public String retry(@PathVariable String processingGroup, @PathVariable String sequence,
                        RedirectAttributes redirect) {
        RetryOutcome outcome = deadLetters.retry(processingGroup, sequence);
        redirect.addFlashAttribute("notice", outcome.resolved()
                ? "Retried: every parked event of " + sequence + " in " + processingGroup + " is now applied."
                : "Retried, but " + outcome.stillParked().size() + " event(s) of " + sequence + " in "
                + processingGroup + " still fail; see the error below.");
        return "redirect:/dead-letters";
    }
}
