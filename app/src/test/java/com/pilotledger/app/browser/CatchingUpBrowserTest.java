package com.pilotledger.app.browser;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the views are behind the store the board shows how far they are, never a partial portfolio that looks
 * complete, and it appears by itself once they are current. Here the read models are stopped to hold them behind.
 */
class CatchingUpBrowserTest extends BrowserTest {

    @Override
    protected String[] arguments() {
        return new String[] {"--pilot-ledger.projections.read-your-writes-timeout=300ms"};
    }

    @Test
    void theBoardSaysItIsCatchingUpUntilTheViewsAreCurrentThenShowsItself() {
        browser.signIn("pam");
        EventProcessor readModels = ledger.bean(EventProcessingConfiguration.class).eventProcessor("read-models")
                .orElseThrow();
        readModels.shutDown();
        try {
            browser.expand("register");
            browser.type(By.id("name"), "Shelf scanning");
            browser.type(By.id("businessUnit"), "Stores");
            browser.type(By.id("sponsor"), "COO");
            browser.type(By.id("operationalOwner"), "Grace Liu");
            browser.type(By.id("problemStatement"), "Empty shelves found late");
            browser.type(By.id("baselineMetric"), "On-shelf availability");
            browser.type(By.id("targetMetric"), "+3 points");
            browser.type(By.id("requestedCapital"), "80000");
            browser.type(By.id("killCriteria"), "No gain in a quarter");
            browser.clickToNextPage(By.id("register-submit"));
            browser.consoleErrors(); // the new pilot's own page is not in the views yet either: a 404, as it should

            browser.open("/");
            assertThat(browser.text(By.id("catching-up-progress"))).endsWith("events applied to the views");
            assertThat(browser.findAll(By.id("board"))).as("no partial board").isEmpty();
            assertThat(browser.findAll(By.id("budget-summary"))).isEmpty();
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("board-catching-up");
        } finally {
            readModels.start();
        }
        assertThat(browser.waitForText(By.id("column-PAUSE"), column -> column.contains("Shelf scanning")))
                .as("the board reloads itself once the views are current").contains("Shelf scanning");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }
}
