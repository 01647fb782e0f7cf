package com.pilotledger.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page with the demo portfolio in it, as a portfolio manager sees it on a laptop and on a tablet. */
class PagesWithDataBrowserTest extends BrowserTest {

    @Override
    protected String[] arguments() {
        return new String[] {"--demo"};
    }

    @Test
    void theBoardShowsThePilotsInTheirColumnsWithBadgesTotalsAndCharts() {
        browser.signIn("pam");
        assertThat(browser.text(By.id("column-AUTHORIZE_DEPLOYMENT"))).contains("Demand forecasting");
        assertThat(browser.text(By.id("column-CONTROLLED_INVESTMENT"))).contains("Inventory optimization", "4 pilots")
                .doesNotContain("No pilot stands here");
        assertThat(browser.text(By.id("column-PAUSE"))).contains("Customer service chatbot");
        assertThat(browser.findAll(By.cssSelector(".badge.purgatory"))).isNotEmpty();
        assertThat(browser.findAll(By.cssSelector(".badge.divergent"))).isNotEmpty();
        assertThat(browser.find(By.cssSelector(".strip li")).getAttribute("aria-label")).contains("Operational Ownership");
        assertThat(browser.findAll(By.cssSelector("canvas[data-drawn='true']"))).hasSize(2);
        browser.screenshot("board");

        browser.select(By.id("filter-business-unit"), "Marketing");
        assertThat(browser.waitForText(By.id("board"), board -> !board.contains("Demand forecasting")))
                .contains("Personalized promotions");
        assertThat(browser.currentPath()).isEqualTo("/?businessUnit=Marketing&owner=&posture=&q=");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }

    @Test
    void aPilotPageShowsPosturesDomainsAndItsDecisionTimeline() {
        browser.signIn("pam");
        browser.click(By.linkText("Demand forecasting"));
        assertThat(browser.text(By.id("authorized-posture"))).isEqualTo("Authorize Deployment");
        assertThat(browser.text(By.id("decisions"))).contains("eve", "approved by ethan");
        assertThat(browser.findAll(By.cssSelector("table.domains tbody tr"))).hasSize(6);
        assertThat(browser.findAll(By.id("authorize"))).hasSize(1);
        assertThat(browser.findAll(By.id("signal"))).hasSize(1);
        assertThat(browser.findAll(By.cssSelector("canvas[data-drawn='true']"))).hasSize(1);
        browser.resize(new Dimension(1400, 2100));
        browser.screenshot("pilot");
        browser.resize(new Dimension(1400, 1000));
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }

    @Test
    void theComparisonShowsChosenPilotsDomainByDomain() {
        browser.signIn("pam");
        browser.open("/compare");
        browser.click(By.id("compare-submit"));
        assertThat(browser.findAll(By.id("comparison"))).isEmpty();
        List<WebElement> boxes = browser.findAll(By.cssSelector("input[name=ids]"));
        boxes.get(0).click();
        boxes.get(1).click();
        boxes.get(2).click();
        browser.click(By.id("compare-submit"));
        WebElement table = browser.waitFor(By.id("comparison"));
        assertThat(table.findElements(By.cssSelector("thead th"))).hasSize(4);
        assertThat(table.getText()).contains("Operational Ownership", "Capital committed", "Days in posture");
        browser.screenshot("compare");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }

    @Test
    void theAuditPagesThroughTheHistoryAndDownloadsItAsCsv() {
        browser.signIn("ada");
        browser.open("/audit");
        assertThat(browser.findAll(By.cssSelector("#audit-entries li"))).hasSize(50);
        browser.find(By.cssSelector("#audit-entries li details summary")).click();
        assertThat(browser.find(By.cssSelector("#audit-entries li details pre")).getText())
                .contains("\"reason\":\"Initial decision rights from configuration\"", "\"window\":\"PT72H\"");
        browser.screenshot("audit");
        browser.clickToNextPage(By.linkText("Next"));
        assertThat(browser.text(By.cssSelector(".pager"))).contains("Page 2");

        browser.open("/audit");
        browser.type(By.id("audit-actor"), "ethan");
        browser.clickToNextPage(By.id("audit-filter"));
        assertThat(browser.findAll(By.cssSelector("#audit-entries .actor")))
                .allSatisfy(actor -> assertThat(actor.getText()).isEqualTo("ethan"));

        Object csv = browser.script("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('audit-csv').href).then(r => r.text()).then(done);""");
        assertThat(csv.toString()).startsWith("global_index,event_id,aggregate_type,aggregate_id,sequence_number,event_type,event,business_time,recorded_at,actor,roles,correlation_id,payload")
                .contains("\"ethan\"");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }

    @Test
    void theAuditShowsWhenEachEventHappenedAndWhenItWasRecordedAndFiltersDaysByEither() {
        browser.signIn("ada");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        browser.open("/audit?from=" + today + "&to=" + today);
        long happenedToday = eventCount();

        browser.select(By.id("audit-time-basis"), "when it was recorded");
        browser.clickToNextPage(By.id("audit-filter"));

        assertThat(browser.currentPath()).contains("timeBasis=recorded");
        assertThat(eventCount()).as("the demo was recorded today, most of it happened months ago")
                .isGreaterThan(happenedToday);
        assertThat(browser.findAll(By.cssSelector("#audit-entries .recorded-at")))
                .allSatisfy(recorded -> assertThat(recorded.getText()).startsWith(today));
        assertThat(browser.findAll(By.cssSelector("#audit-entries .business-time")))
                .anySatisfy(happened -> assertThat(happened.getText()).doesNotStartWith(today));
        assertThat(browser.find(By.id("audit-csv")).getAttribute("href")).contains("timeBasis=recorded");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }

    private long eventCount() {
        return Long.parseLong(browser.text(By.id("audit-count")).split(" ")[0]);
    }

    @Test
    void theBoardIsReadableOnATablet() {
        browser.resize(new Dimension(820, 1180));
        browser.signIn("eve");
        WebElement pause = browser.waitFor(By.id("column-PAUSE"));
        WebElement controlled = browser.find(By.id("column-CONTROLLED_INVESTMENT"));
        assertThat(controlled.getLocation().getY()).isGreaterThan(pause.getLocation().getY());
        browser.screenshot("board-tablet");
        browser.signOut();
        browser.resize(new Dimension(1400, 1000));
    }

    @Test
    void swaggerUiShowsTheApiWithinItsContentSecurityPolicy() {
        browser.consoleErrors();
        browser.open("/swagger-ui.html");
        browser.waitFor(By.cssSelector(".opblock-tag"));
        assertThat(browser.findAll(By.cssSelector(".opblock"))).isNotEmpty();
        assertThat(browser.consoleErrors()).as("no resource or inline code refused by the policy").isEmpty();
    }
}
