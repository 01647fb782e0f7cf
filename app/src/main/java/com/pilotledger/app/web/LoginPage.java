package com.pilotledger.app.web;

import com.pilotledger.app.security.SecurityConfiguration;
import com.pilotledger.app.security.SignInThrottledException;
import com.pilotledger.app.security.sso.SingleSignOn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The sign-in form, and with single sign-on the provider's "Sign in with ..." link; Spring Security handles the form's
 * post, the provider's answer, the session and signing out.
 */
@Controller
public class LoginPage {

    private final ObjectProvider<SingleSignOn> singleSignOn;

    public LoginPage(ObjectProvider<SingleSignOn> singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    /** The provider's name on the sign-in link, absent without single sign-on. */
    @ModelAttribute("singleSignOn")
    String singleSignOn() {
        SingleSignOn sso = singleSignOn.getIfAvailable();
        return sso == null ? null : sso.providerName();
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    /** A sign-in the throttle refused (forwarded here by Spring Security): 429, and the form again with how long to wait. */
    @PostMapping(SecurityConfiguration.THROTTLED_SIGN_IN)
    public String throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(request.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInThrottledException refused)) {
            return "redirect:/login";
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()));
        model.addAttribute("retryAfterMinutes", (refused.retryAfterSeconds() + 59) / 60);
        return "login";
    }
}
