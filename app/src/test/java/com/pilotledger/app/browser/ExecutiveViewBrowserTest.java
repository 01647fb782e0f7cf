package com.pilotledger.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an executive sees first on the demo portfolio: the budget in one place with its currency, paused money counted
 * once; a legend for the codes and badges; killed pilots one click away, their page saying so; the posture panel at
 * full width also when the badge shows; a comparison that names the pilots it cannot find.
 */
class ExecutiveViewBrowserTest extends BrowserTest {

    @Override
    protected String[] arguments() {
        return new String[] {"--demo"};
    }

    @Test
    void theBudgetSummaryLeadsTheBoardWithEveryFigureInItsCurrencyAndFrozenInsideCommitted() {
        browser.signIn("pam");
        WebElement summary = browser.waitFor(By.id("budget-summary"));
        assertThat(summary.getLocation().getY()).as("above the columns")
                .isLessThan(browser.find(By.id("board")).getLocation().getY());
        BigDecimal budget = amount("budget-total");
        BigDecimal committed = amount("budget-committed");
        BigDecimal reserved = amount("budget-reserved");
        assertThat(budget).isEqualByComparingTo("5000000");
        assertThat(amount("budget-available")).isEqualByComparingTo(budget.subtract(committed).subtract(reserved));
        assertThat(browser.text(By.id("budget-frozen"))).startsWith("of which USD ").contains("frozen (paused pilots)");
        assertThat(browser.find(By.cssSelector("#budget-summary svg.budget-bar")).getAttribute("aria-label"))
                .contains("committed to running pilots", "frozen", "reserved", "available");
        assertThat(browser.find(By.cssSelector("canvas[data-chart]")).getAttribute("data-chart"))
                .contains("\"stacked\":true", "Committed, frozen (paused)");

        WebElement register = browser.find(By.id("register-open"));
        assertThat(register.isDisplayed()).isTrue();
        assertThat(register.getLocation().getY()).as("the register button above the columns")
                .isLessThan(browser.find(By.id("board")).getLocation().getY());
        browser.resize(new Dimension(1400, 2400));
        browser.screenshot("board-executive");
        browser.resize(new Dimension(1400, 1000));
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();

        browser.signIn("owen");
        assertThat(browser.findAll(By.id("register"))).as("only portfolio managers register").isEmpty();
        browser.signOut();
    }

    @Test
    void aRequestWaitingForItsSecondApprovalIsMarkedOnTheBoardAndItsCapitalReserved() {
        browser.signIn("eve");
        browser.clickToNextPage(By.linkText("Inventory optimization"));
        browser.expand("authorize");
        browser.select(By.id("posture"), "Controlled Investment");
        browser.type(By.id("capital"), "600000");
        browser.type(By.id("scope"), "All six distribution centres");
        browser.type(By.id("conditions"), "Weekly review of weeks of supply");
        browser.type(By.id("rationale"), "Two DCs cut weeks of supply by 12%");
        browser.clickToNextPage(By.id("authorize-submit"));
        browser.open("/");
        assertThat(card("Inventory optimization").findElement(By.cssSelector(".badge.pending")).getAttribute("title"))
                .contains("second person's approval");
        assertThat(amount("budget-reserved")).isPositive();
        browser.signOut();

        browser.signIn("ethan");
        assertThat(card("Inventory optimization").findElements(By.cssSelector(".badge.awaiting"))).hasSize(1);
        assertThat(card("Inventory optimization").findElements(By.cssSelector(".badge.pending"))).isEmpty();
        browser.signOut();
    }

    @Test
    void theLegendNamesEveryDomainCodeLevelAndState() {
        browser.signIn("eve");
        String legend = browser.text(By.id("legend"));
        assertThat(legend).contains("OWN", "Operational Ownership", "GOV", "Governance Continuity", "SEQ",
                "Deployment Sequencing", "ECON", "Production Economics", "RES", "Operational Resilience", "PORT",
                "Portfolio Coordination", "Unsettled", "Stabilizing", "Established", "No reading yet", "Paused",
                "frozen", "Pending approval", "Awaiting your approval", "Recommendation differs", "Pilot purgatory", "View may be behind", "Killed");
        assertThat(browser.find(By.cssSelector(".strip li abbr")).getAttribute("title"))
                .isEqualTo("Operational Ownership");
        assertThat(browser.findAll(By.cssSelector("#board .badge"))).isNotEmpty()
                .allSatisfy(badge -> assertThat(badge.getAttribute("title")).as(badge.getText()).isNotBlank());
        browser.signOut();
    }

    @Test
    void aKilledPilotIsReachedFromTheBoardAndItsPageSaysWhoKilledItWhenAndWhy() {
        browser.signIn("eve");
        assertThat(browser.text(By.id("board"))).doesNotContain("Product description generator");
        browser.expand("killed-pilots");
        assertThat(browser.text(By.cssSelector("#killed-pilots summary"))).isEqualTo("Killed pilots (1)");
        browser.clickToNextPage(By.linkText("Product description generator"));

        assertThat(browser.text(By.cssSelector("#killed-banner h2"))).isEqualTo("Killed");
        assertThat(browser.text(By.id("killed-by"))).isNotBlank();
        assertThat(browser.text(By.id("killed-on"))).endsWith("UTC");
        assertThat(browser.text(By.id("killed-reason"))).isEqualTo("Legal blocked generated copy; kill criteria met");
        assertThat(browser.findAll(By.id("posture-since"))).as("no days in posture counted").isEmpty();
        assertThat(browser.findAll(By.id("recommended-posture"))).as("no live recommendation").isEmpty();
        assertThat(browser.text(By.id("recommendation-final"))).startsWith("Final");
        for (String action : List.of("signal", "authorize", "pause", "kill")) {
            assertThat(browser.findAll(By.id(action))).as("action %s", action).isEmpty();
        }
        browser.resize(new Dimension(1400, 1600));
        browser.screenshot("pilot-killed");
        browser.resize(new Dimension(1400, 1000));
        browser.signOut();
    }

    @Test
    void thePosturePanelKeepsItsFullWidthWhenTheDivergenceBadgeShows() {
        browser.signIn("eve");
        browser.clickToNextPage(By.linkText("Personalized promotions"));
        WebElement badge = browser.waitFor(By.id("divergent-badge"));
        WebElement panel = browser.find(By.cssSelector(".posture-panel"));
        WebElement grid = panel.findElement(By.cssSelector(".postures"));
        assertThat(grid.getLocation().getY()).as("the badge above the grid, not in it")
                .isGreaterThanOrEqualTo(badge.getLocation().getY() + badge.getSize().getHeight());
        assertThat(grid.getSize().getWidth()).as("the grid spans the panel")
                .isGreaterThan(panel.getSize().getWidth() * 9 / 10);
        List<WebElement> figures = grid.findElements(By.xpath("./div"));
        assertThat(figures).hasSize(3).allSatisfy(figure -> {
            assertThat(figure.getSize().getWidth()).isGreaterThan(panel.getSize().getWidth() / 4);
            assertThat(figure.getLocation().getY()).isEqualTo(figures.get(0).getLocation().getY());
        });
        browser.resize(new Dimension(1400, 2100));
        browser.screenshot("pilot-executive");
        browser.resize(new Dimension(1400, 1000));
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }

    @Test
    void theComparisonShowsCapitalWithItsCurrencyAndNamesTheIdsItCannotFind() {
        browser.signIn("pam");
        browser.open("/compare?ids=no-such-pilot&ids=nor-this-one");
        assertThat(browser.text(By.id("unknown-pilots")))
                .isEqualTo("No pilot has these ids: no-such-pilot, nor-this-one. Check the link, or choose the pilots above.");
        assertThat(browser.findAll(By.id("comparison"))).isEmpty();

        browser.open("/compare");
        List<WebElement> boxes = browser.findAll(By.cssSelector("input[name=ids]"));
        boxes.get(0).click();
        boxes.get(1).click();
        browser.clickToNextPage(By.id("compare-submit"));
        String known = browser.currentPath();
        browser.open(known + "&ids=no-such-pilot");
        assertThat(browser.text(By.id("unknown-pilots"))).startsWith("No pilot has the id no-such-pilot.");
        WebElement table = browser.waitFor(By.id("comparison"));
        assertThat(table.findElements(By.cssSelector("thead th"))).hasSize(3);
        assertThat(table.findElement(By.xpath(".//tr[th='Capital requested']")).getText()).contains("USD ");
        assertThat(table.findElement(By.xpath(".//tr[th='Capital committed']")).getText()).contains("USD ");
        browser.signOut();
    }

    private WebElement card(String pilot) {
        return browser.find(By.xpath("//article[contains(@class, 'pilot-card')][.//a[text()='" + pilot + "']]"));
    }

    private BigDecimal amount(String id) {
        String text = browser.text(By.id(id));
        assertThat(text).startsWith("USD ");
        return new BigDecimal(text.substring(4).replace(",", ""));
    }
}
