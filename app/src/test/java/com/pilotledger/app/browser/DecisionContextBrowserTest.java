package com.pilotledger.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The "what the decider saw" panel on the demo portfolio's pilot page and on the audit's decision page. */
class DecisionContextBrowserTest extends BrowserTest {

    @Override
    protected String[] arguments() {
        return new String[] {"--demo"};
    }

    @Test
    void theFirstAuthorizationOfAPilotShowsWhatItsDeciderSawThenAndNothingLater() {
        browser.signIn("ada");
        browser.click(By.linkText("Demand forecasting"));
        List<WebElement> panels = browser.findAll(By.cssSelector("#decisions details.decision-context"));
        // the first authorization (eve), then the second one's request (eve) and its approval (ethan)
        assertThat(panels).hasSize(3);
        WebElement first = panels.get(0);
        assertThat(first.getAttribute("open")).isNull();
        first.findElement(By.tagName("summary")).click();
        assertThat(first.findElement(By.tagName("summary")).getText())
                .startsWith("What the decider saw").contains("eve", "asking for", "Controlled Investment");
        assertThat(first.findElement(By.cssSelector(".recommendation-seen")).getText()).contains("Controlled Investment");
        assertThat(first.findElement(By.cssSelector("table.readings-seen")).getText())
                .contains("Compute at $18K/month, retraining being cached", "Accuracy drops on weekend POS data")
                .doesNotContain("Cost attribution per store live");
        assertThat(first.findElement(By.cssSelector(".capital-seen .available")).getText()).isEqualTo("USD 5,000,000");
        assertThat(first.findElement(By.cssSelector(".decider-limit")).getText()).contains("USD 2,000,000", "EXECUTIVE");
        assertThat(panels.get(2).findElement(By.tagName("summary")).getAttribute("textContent"))
                .contains("ethan", "approving");
        browser.screenshot("decision-context-pilot");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }

    @Test
    void theAuditLinksAPauseToThePageOfWhatItsDeciderSaw() {
        browser.signIn("ada");
        browser.open("/audit?eventType=PilotPaused");
        browser.clickToNextPage(By.cssSelector("#audit-entries .decision-context-link"));
        assertThat(browser.currentPath()).startsWith("/audit/decisions/");
        WebElement panel = browser.waitFor(By.cssSelector("details.decision-context[open]"));
        assertThat(panel.findElement(By.tagName("summary")).getText()).contains("pam", "pausing the pilot");
        assertThat(panel.findElement(By.cssSelector(".recommendation-seen")).getText()).contains("Pause");
        assertThat(panel.findElement(By.cssSelector("tr[data-domain='GOVERNANCE_CONTINUITY']")).getText())
                .contains("Unsettled", "Fabricated competitor pricing reached a customer");
        assertThat(panel.findElement(By.cssSelector(".decider-limit")).getText()).contains("USD 250,000");
        assertThat(browser.text(By.id("decision-reason")))
                .isEqualTo("Governance afterthought: guardrails deferred to phase two");
        browser.screenshot("decision-context-audit");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.signOut();
    }

    @Test
    void pilotOwnersSeeTheDecisionsButNotWhatTheDecidersSaw() {
        browser.signIn("owen");
        browser.click(By.linkText("Demand forecasting"));
        assertThat(browser.text(By.id("decisions"))).contains("eve");
        assertThat(browser.findAll(By.cssSelector("details.decision-context"))).isEmpty();
        browser.signOut();
    }
}
