package com.pilotledger.app.browser;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the people of the ledger do in a browser: sign in and out, register a pilot, record its evidence until the
 * recommendation moves, authorize it, see its card move to the new column and the decision in the audit, with the
 * executive's name; invalid input shown next to its field; an auditor sees no action and cannot post one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PilotJourneyBrowserTest extends BrowserTest {

    private static String pilotPath;

    @Test
    @Order(1)
    void signingInShowsTheUserAndRoleAndSigningOutEndsTheSession() {
        browser.open("/");
        assertThat(browser.currentPath()).startsWith("/login");
        browser.signIn("eve");
        assertThat(browser.text(By.id("signed-in-user"))).isEqualTo("eve");
        assertThat(browser.text(By.id("signed-in-role"))).isEqualTo("Executive");
        assertThat(browser.find(By.id("empty-board")).getText()).contains("No pilots yet");
        browser.screenshot("empty-board");
        browser.signOut();
        assertThat(browser.find(By.tagName("main")).getText()).contains("You are signed out");
        browser.open("/");
        assertThat(browser.currentPath()).startsWith("/login");
    }

    @Test
    @Order(2)
    void anInvalidRegistrationShowsTheMessageNextToTheField() {
        browser.signIn("pam");
        browser.expand("register");
        browser.type(By.id("businessUnit"), "Merchandising");
        browser.click(By.id("register-submit"));
        WebElement nameError = browser.waitFor(By.id("name-error"));
        assertThat(nameError.getText()).contains("Enter the name of the pilot");
        assertThat(browser.find(By.id("name")).getAttribute("aria-describedby")).isEqualTo("name-error");
        assertThat(browser.find(By.id("businessUnit")).getAttribute("value")).isEqualTo("Merchandising");
        browser.screenshot("registration-validation");
        browser.consoleErrors();
        browser.signOut();
    }

    @Test
    @Order(3)
    void aPilotGoesFromRegistrationToAuthorizationAndItsCardMovesColumn() {
        browser.signIn("pam");
        browser.expand("register");
        browser.type(By.id("name"), "Demand forecasting");
        browser.type(By.id("businessUnit"), "Merchandising");
        browser.type(By.id("sponsor"), "VP of Merchandising");
        browser.type(By.id("operationalOwner"), "Maria Chen");
        browser.type(By.id("problemStatement"), "Heuristic forecasts drive markdowns and stockouts");
        browser.type(By.id("baselineMetric"), "Existing heuristic accuracy");
        browser.type(By.id("targetMetric"), "+15% accuracy on the high-value 5% of SKUs");
        browser.type(By.id("requestedCapital"), "1200000");
        browser.type(By.id("killCriteria"), "No accuracy gain on high-value SKUs by day 75");
        browser.click(By.id("register-submit"));
        browser.waitFor(By.id("pilot-name"));
        pilotPath = browser.currentPath();
        assertThat(browser.text(By.id("recommended-posture"))).isEqualTo("Pause");
        assertThat(inColumn("PAUSE")).contains("Demand forecasting");
        browser.open(pilotPath);
        // A pilot owner records evidence only for the pilots they own: the portfolio manager makes owen one.
        browser.type(By.id("pilotOwner"), "owen");
        browser.click(By.id("assign-owner-submit"));
        assertThat(browser.text(By.cssSelector(".notice"))).contains("owen owns this pilot");
        assertThat(browser.text(By.id("owner-list"))).contains("owen");
        browser.signOut();

        browser.signIn("owen");
        browser.open(pilotPath);
        recordSignal("Operational Ownership", "Stabilizing (Conditional)", "Planning team takes first-line support", null);
        recordSignal("Governance Continuity", "Stabilizing (Conditional)", "Approval pathway agreed with finance", null);
        assertThat(browser.text(By.id("recommended-posture"))).isEqualTo("Pause");
        recordSignal("Production Economics", "Established (Confirmed)", "Cost per forecast tracked weekly", "0.42");
        assertThat(browser.text(By.id("recommended-posture"))).isEqualTo("Controlled Investment");
        assertThat(browser.find(By.id("recommendation-reason")).getText()).contains("Bounded scope while");
        assertThat(browser.findAll(By.cssSelector("canvas[data-chart]"))).isNotEmpty();
        browser.screenshot("pilot-page");
        browser.signOut();

        browser.signIn("eve");
        browser.open(pilotPath);
        browser.expand("authorize");
        browser.select(By.id("posture"), "Controlled Investment");
        browser.type(By.id("capital"), "300000");
        browser.type(By.id("scope"), "Forty stores");
        browser.type(By.id("conditions"), "Parallel run with the existing system");
        browser.type(By.id("rationale"), "Bounded rollout while sequencing forms");
        browser.click(By.id("authorize-submit"));
        assertThat(browser.text(By.cssSelector(".notice"))).contains("Authorized Controlled Investment");
        assertThat(browser.text(By.id("authorized-posture"))).isEqualTo("Controlled Investment");
        assertThat(browser.text(By.id("decisions"))).contains("eve");

        browser.open("/");
        assertThat(inColumn("CONTROLLED_INVESTMENT")).contains("Demand forecasting");
        assertThat(inColumn("PAUSE")).doesNotContain("Demand forecasting");
        browser.screenshot("board-after-authorization");

        browser.open("/audit?eventType=InvestmentAuthorized");
        WebElement decision = browser.waitFor(By.cssSelector("#audit-entries li[data-event-type='InvestmentAuthorized']"));
        assertThat(decision.getText()).contains("Decided by eve", "Authorized Controlled Investment");
        browser.screenshot("audit-page");

        assertThat(browser.consoleErrors()).as("browser console errors during the journey").isEmpty();
        browser.signOut();
    }

    @Test
    @Order(4)
    void anAuditorSeesNoActionFormsAndADirectPostIsRefused() {
        browser.signIn("ada");
        browser.open(pilotPath);
        browser.waitFor(By.id("pilot-name"));
        for (String action : List.of("signal", "authorize", "pause", "kill")) {
            assertThat(browser.findAll(By.id(action))).as("form %s", action).isEmpty();
        }
        Object status = browser.script("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('input[name=_csrf]').value;
                fetch(arguments[0] + '/kill', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                      body: new URLSearchParams({reason: 'Auditor tries', _csrf: token})})
                    .then(response => done(response.status));""", pilotPath);
        assertThat(((Number) status).intValue()).isEqualTo(403);
        browser.open(pilotPath);
        assertThat(browser.text(By.id("pilot-status"))).isEqualTo("Active");
        browser.signOut();
    }

    private void recordSignal(String domain, String level, String evidence, String metricValue) {
        browser.expand("signal");
        browser.select(By.id("domain"), domain);
        browser.select(By.id("level"), level);
        browser.type(By.id("evidence"), evidence);
        if (metricValue != null) {
            browser.type(By.id("metricName"), "Cost per forecast");
            browser.type(By.id("metricValue"), metricValue);
            browser.type(By.id("metricUnit"), "USD");
        }
        browser.click(By.id("signal-submit"));
        assertThat(browser.text(By.cssSelector(".notice"))).contains("Recorded " + domain);
    }

    private String inColumn(String posture) {
        browser.open("/");
        return browser.text(By.id("column-" + posture));
    }
}
