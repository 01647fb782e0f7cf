package com.pilotledger.app.web;

import com.pilotledger.app.portfolio.AsOfParameter;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The "as of" date control the board, pilot and comparison pages share: reads the page's {@code asOf} parameter with
 * the API's rule and gives the page what the control and the banner show (layout's asOfForm and asOfBanner). Today's
 * pages get a null {@code asOf}: they show and offer exactly what they did before.
 */
@Component
class AsOfControl {

    private final AsOfParameter instants;
    private final Clock clock;

    AsOfControl(AsOfParameter instants, Clock clock) {
        this.instants = instants;
        this.clock = clock;
    }

    /**
     * The instant asked for (null: today), with the parameters the control's form must send again so that choosing a
     * date keeps the page's other choices (e.g. the board's filters).
     */
    Instant read(String parameter, List<Map.Entry<String, String>> keep, Model model) {
        Instant asOf = instants.parse("asOf", parameter);
        model.addAttribute("asOf", asOf == null ? null : AsOfDay.of(asOf, parameter));
        model.addAttribute("asOfKeep", keep.stream().filter(entry -> entry.getValue() != null).toList());
        model.addAttribute("today", clock.instant().atZone(ZoneOffset.UTC).toLocalDate().toString());
        return asOf;
    }

    /** The day whose knowledge a pilot's readings are shown with ({@code knownOn}; null: as known now). */
    Instant readKnownOn(String parameter, Model model) {
        Instant knownOn = instants.parse("knownOn", parameter);
        model.addAttribute("knownOn", knownOn == null ? null : AsOfDay.of(knownOn, parameter));
        return knownOn;
    }
}
