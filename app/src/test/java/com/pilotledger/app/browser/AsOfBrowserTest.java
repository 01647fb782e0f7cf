package com.pilotledger.app.browser;

import com.pilotledger.app.e2e.FebruaryPilot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The "as of" date control: the board of a past date, then a pilot's page of that date, then back to today. */
class AsOfBrowserTest extends BrowserTest {

    @BeforeAll
    void recordTheHistory() {
        FebruaryPilot.record(ledger);
    }

    @Test
    void choosingADateShowsTheBoardAndThePilotAsTheyStoodThenWithoutActions() {
        browser.signIn("pam");
        assertThat(browser.text(By.id("column-PAUSE"))).contains(FebruaryPilot.NAME);
        assertThat(browser.findAll(By.id("as-of-banner"))).isEmpty();
        assertThat(browser.find(By.cssSelector("label[for=as-of-date]")).getText()).isEqualTo("As of");

        // The date control's own widget is the browser's; its value is what the form sends.
        browser.script("arguments[0].value = '2026-03-15'; arguments[arguments.length - 1]();",
                browser.find(By.id("as-of-date")));
        browser.clickToNextPage(By.id("as-of-submit"));
        assertThat(browser.currentPath()).isEqualTo("/?asOf=2026-03-15");
        assertThat(browser.text(By.id("as-of-banner"))).contains("As of 15 March 2026 — the board as it stood then");
        assertThat(browser.text(By.id("column-CONTROLLED_INVESTMENT"))).contains(FebruaryPilot.NAME, "1 pilot");
        assertThat(browser.text(By.id("column-PAUSE"))).doesNotContain(FebruaryPilot.NAME);
        assertThat(browser.findAll(By.id("register"))).isEmpty();
        assertThat(browser.find(By.id("as-of-date")).getAttribute("value")).isEqualTo("2026-03-15");
        browser.screenshot("board-as-of");

        browser.clickToNextPage(By.linkText(FebruaryPilot.NAME));
        assertThat(browser.currentPath()).endsWith("?asOf=2026-03-15");
        assertThat(browser.text(By.id("as-of-banner"))).contains("As of 15 March 2026 — this pilot as it stood then");
        assertThat(browser.text(By.id("authorized-posture"))).isEqualTo("Controlled Investment");
        assertThat(browser.text(By.id("decisions"))).contains("Authorized Controlled Investment").doesNotContain("Paused");
        assertThat(browser.findAll(By.id("pause"))).isEmpty();
        assertThat(browser.findAll(By.id("kill"))).isEmpty();
        // The late-entered observation of 3 February is in the history, superseded by the one of 5 February.
        assertThat(browser.text(By.id("reading-history"))).contains("Outage of the feed on 3 February", "Superseded",
                "2026-02-25");
        browser.screenshot("pilot-as-of");

        browser.clickToNextPage(By.id("as-of-today"));
        assertThat(browser.findAll(By.id("as-of-banner"))).isEmpty();
        assertThat(browser.text(By.id("authorized-posture"))).isEqualTo("Pause");
        assertThat(browser.findAll(By.id("kill"))).hasSize(1);
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }
}
