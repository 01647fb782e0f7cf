package com.pilotledger.app.web;

import com.pilotledger.app.capital.ApprovalInbox;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The navigation's count of requests waiting for the signed-in checker (executives and portfolio managers decide
 * four-eyes requests; nobody else has an inbox), so a request above the four-eyes threshold is not missed.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
public class ApprovalsCount {

    private final ApprovalInbox inbox;

    public ApprovalsCount(ApprovalInbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("approvalsWaiting")
    Integer approvalsWaiting(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        Set<Role> roles = Role.heldBy(authentication);
        if (!roles.contains(Role.EXECUTIVE) && !roles.contains(Role.PORTFOLIO_MANAGER)) {
            return null;
        }
        return inbox.count(new CommandOrigin(authentication.getName(),
                roles.stream().map(Role::name).collect(Collectors.toSet()), null, null));
    }
}
