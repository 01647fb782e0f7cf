package com.pilotledger.app.web;

import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.app.pilot.PortfolioCurrency;
import com.pilotledger.app.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.EnumMap;
import java.util.Map;

/** What every page needs: who is signed in with which roles, the portfolio currency, and the domain's enumerations. */
@ControllerAdvice(basePackageClasses = PageModel.class)
public class PageModel {

    private final String currency;

    public PageModel(PortfolioCurrency portfolio) {
        this.currency = portfolio.currency();
    }

    /** Short codes for the six domains on cards and tables; the full name is always in the title and aria label. */
    @ModelAttribute("domainCodes")
    Map<StabilizationDomain, String> domainCodes() {
        return DOMAIN_CODES;
    }

    private static final Map<StabilizationDomain, String> DOMAIN_CODES = new EnumMap<>(Map.of(
            StabilizationDomain.OPERATIONAL_OWNERSHIP, "OWN",
            StabilizationDomain.GOVERNANCE_CONTINUITY, "GOV",
            StabilizationDomain.DEPLOYMENT_SEQUENCING, "SEQ",
            StabilizationDomain.PRODUCTION_ECONOMICS, "ECON",
            StabilizationDomain.OPERATIONAL_RESILIENCE, "RES",
            StabilizationDomain.PORTFOLIO_COORDINATION, "PORT"));

    @ModelAttribute("postures")
    Posture[] postures() {
        return Posture.values();
    }

    @ModelAttribute("domains")
    StabilizationDomain[] domains() {
        return StabilizationDomain.values();
    }

    @ModelAttribute("levels")
    ReadinessLevel[] levels() {
        return ReadinessLevel.values();
    }

    @ModelAttribute("currency")
    String currency() {
        return currency;
    }

    @ModelAttribute("user")
    SignedInUser user(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        return new SignedInUser(authentication.getName(), Role.heldBy(authentication));
    }
}
