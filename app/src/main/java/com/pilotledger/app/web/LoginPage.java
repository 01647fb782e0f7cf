package com.pilotledger.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles the form's post, the session and signing out. */
@Controller
public class LoginPage {

    @GetMapping("/login")
    public String login() {
        return "login";
    }
}
