package com.pilotledger.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence the source articles ask for, walked as its users walk it on the demo portfolio: the checker's approvals
 * inbox, a pilot's production metrics with a breach against its thresholds, and a gate review from convening to its
 * outcome.
 */
class EvidenceBrowserTest extends BrowserTest {

    @Override
    protected String[] arguments() {
        return new String[] {"--demo"};
    }

    @Test
    void aCheckerFindsTheRequestWaitingForThemInTheInboxWithItsCaseAndApprovesIt() {
        browser.signIn("ethan");
        assertThat(browser.text(By.id("approvals-count"))).isEqualTo("1");
        browser.clickToNextPage(By.id("nav-approvals"));
        WebElement request = browser.find(By.cssSelector("article.inbox-request"));
        assertThat(request.getText()).contains("Inventory optimization", "Requested by eve", "Scope", "Rationale",
                "Evidence", "Recommended today");
        browser.resize(new Dimension(1400, 1600));
        browser.screenshot("approvals-inbox");
        browser.resize(new Dimension(1400, 1000));

        browser.clickToNextPage(By.cssSelector("article.inbox-request button.approve"));

        assertThat(browser.waitFor(By.id("inbox-empty")).getText()).isEqualTo("Nothing waits for your approval.");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }

    @Test
    void aPilotPageChartsEachMetricAgainstItsThresholdsAndMarksTheBreachTheBoardFlags() {
        browser.signIn("pam");
        WebElement card = browser.find(By.xpath("//article[.//a[normalize-space()='Supplier invoice extraction']]"));
        assertThat(card.findElements(By.cssSelector(".badge.breached"))).hasSize(1);

        browser.clickToNextPage(By.linkText("Supplier invoice extraction"));

        WebElement chart = browser.find(By.cssSelector("figure.metric-chart[data-metric='TASK_COMPLETION_RATE']"));
        assertThat(chart.findElements(By.cssSelector("g.threshold"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(chart.findElements(By.cssSelector("circle.breach"))).isNotEmpty();
        assertThat(chart.findElement(By.cssSelector("ul.breaches")).getText())
                .contains("below its minimum acceptable of 82 %");
        browser.resize(new Dimension(1400, 4200));
        browser.screenshot("pilot-evidence");
        browser.resize(new Dimension(1400, 1000));
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }

    @Test
    void aPortfolioManagerConvenesAGateReviewRecordsTheOperationalLeadsAssessmentAndConcludesItToProceed() {
        browser.signIn("pam");
        browser.clickToNextPage(By.linkText("Markdown pricing"));
        browser.expand("convene");
        browser.type(By.id("executiveSponsor"), "Rita Alvarez");
        browser.type(By.id("operationalLead"), "Maria Chen");
        browser.type(By.id("technologyLead"), "Tom Becker");
        browser.type(By.id("governanceLead"), "Hannah Weiss");
        browser.type(By.id("changeManagementLead"), "Jon Adeyemi");
        browser.clickToNextPage(By.id("convene-submit"));

        browser.expand("conclude");
        browser.clickToNextPage(By.id("conclude-submit"));
        assertThat(browser.text(By.id("gate-review-problem"))).contains("operational lead");

        browser.expand("assess");
        browser.select(By.id("assessment-role"), "Operational lead: Maria Chen");
        for (String signal : List.of("businessKpisValidated", "dataInfrastructureReady", "governanceProtocolsTested",
                "endUsersPrepared", "operationalOwnershipClear")) {
            browser.select(By.id(signal + "-status"), "Confirmed");
            browser.type(By.id(signal + "-evidence"), "Shown in the review with production data");
        }
        browser.clickToNextPage(By.id("assess-submit"));
        browser.expand("conclude");
        browser.clickToNextPage(By.id("conclude-submit"));

        assertThat(browser.text(By.id("gate-review"))).contains("Proceed", "Maria Chen");
        browser.resize(new Dimension(1400, 2400));
        browser.screenshot("gate-review");
        browser.resize(new Dimension(1400, 1000));
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }
}
