package com.pilotledger.app.browser;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, with the demo portfolio in it and its forms open, checked by axe-core in the browser: no serious or
 * critical accessibility violation. Then a keyboard-only user signs in, reaches a pilot and pauses it, the focus
 * visible at every step.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityBrowserTest extends BrowserTest {

    /** Far more than any page's focusable elements before the one sought: a missing element fails, never loops. */
    private static final int MOST_TABS = 400;

    private final List<String> violations = new ArrayList<>();

    @Override
    protected String[] arguments() {
        return new String[] {"--demo"};
    }

    @Test
    @Order(1)
    void everyPageHasNoSeriousOrCriticalAccessibilityViolation() {
        browser.open("/login");
        check("sign-in page");
        browser.open("/login?error");
        check("sign-in page after a failed attempt");

        browser.signIn("pam");
        check("portfolio board");
        browser.expand("register");
        browser.expand("killed-pilots");
        check("portfolio board with the register form and the killed pilots open");
        browser.click(By.id("register-submit"));
        browser.waitFor(By.id("name-error"));
        check("portfolio board with the register form's field messages");
        browser.open("/?asOf=" + LocalDate.now(ZoneOffset.UTC).minusDays(200));
        check("portfolio board as of a past date");
        openPilot("Demand forecasting");
        for (String form : List.of("signal", "assess-checklist", "authorize", "pause", "kill")) {
            browser.expand(form);
        }
        check("pilot page with its action forms open");
        browser.click(By.id("kill-submit"));
        browser.waitFor(By.cssSelector("#kill .field-error"));
        check("pilot page with a field message");
        openPilot("Personalized promotions");
        check("pilot page whose authorization differs from the recommendation");
        openPilot("Customer service chatbot");
        check("paused pilot page");
        openPilot("Supplier invoice extraction");
        check("pilot page with a metric chart, its breach, the gate review and the readiness checklist");
        openPilot("Contract review assistant");
        check("pilot page with its 90-day review due");
        browser.open("/");
        browser.expand("killed-pilots");
        browser.clickToNextPage(By.linkText("Product description generator"));
        browser.waitFor(By.id("killed-banner"));
        check("killed pilot page");
        browser.open("/compare");
        check("compare page");
        List<WebElement> boxes = browser.findAll(By.cssSelector("input[name=ids]"));
        boxes.get(0).click();
        boxes.get(1).click();
        browser.clickToNextPage(By.id("compare-submit"));
        browser.waitFor(By.id("comparison"));
        check("comparison");
        browser.open("/compare?ids=no-such-pilot&ids=nor-this-one");
        check("comparison of unknown pilots");
        browser.open("/pilots/no-such-pilot");
        check("error page: no such pilot");
        browser.open("/");
        browser.signOut();
        check("signed-out page");

        browser.signIn("ada");
        browser.open("/audit");
        browser.find(By.cssSelector("#audit-entries li details summary")).click();
        check("audit");
        browser.open("/audit?eventType=PilotPaused");
        browser.clickToNextPage(By.cssSelector("#audit-entries .decision-context-link"));
        browser.waitFor(By.cssSelector("details.decision-context[open]"));
        check("decision context page");
        openPilot("Demand forecasting");
        browser.findAll(By.cssSelector("#decisions details.decision-context summary")).forEach(WebElement::click);
        check("pilot page with what the deciders saw");
        browser.open("/audit?from=not-a-date");
        check("error page: a bad date in the audit's address");
        browser.open("/dead-letters");
        check("error page: not allowed");
        browser.open("/");
        browser.signOut();

        browser.signIn("ethan");
        browser.open("/approvals");
        check("approvals inbox");
        browser.signOut();

        browser.signIn("alex");
        browser.open("/policy");
        browser.expand("propose");
        check("policy page with the proposal form open");
        browser.type(By.id("version"), "v2");
        browser.type(By.id("reason"), "Sequencing gates Pause too");
        browser.clickToNextPage(By.id("propose-submit"));
        browser.clickToNextPage(By.id("what-if-v2"));
        check("what-if page");
        browser.open("/dead-letters");
        check("dead letters page");
        browser.open("/webhooks");
        check("webhooks page");
        browser.open("/me/notifications");
        check("notifications page");
        browser.signOut();

        assertThat(violations).as("serious or critical accessibility violations found by axe-core " + Axe.VERSION)
                .isEmpty();
    }

    @Test
    @Order(2)
    void aKeyboardOnlyUserSignsInReachesAPilotAndPausesIt() {
        browser.open("/login");
        tabTo(element -> "username".equals(element.getAttribute("id")));
        browser.press("eve");
        tabTo(element -> "password".equals(element.getAttribute("id")));
        browser.press("pilot-ledger", Keys.ENTER);
        browser.waitFor(By.id("signed-in-user"));

        tabTo(element -> "Inventory optimization".equals(element.getText()));
        browser.press(Keys.ENTER);
        browser.waitFor(By.id("pilot-name"));
        assertThat(browser.text(By.id("pilot-name"))).isEqualTo("Inventory optimization");

        tabTo(element -> "Pause".equals(element.getText()) && "summary".equals(element.getTagName()));
        browser.press(Keys.ENTER);
        tabTo(element -> "pause-reason".equals(element.getAttribute("id")));
        browser.press("Two distribution centres wait for the replenishment rework");
        tabTo(element -> "pause-submit".equals(element.getAttribute("id")));
        browser.press(Keys.ENTER);

        assertThat(browser.text(By.cssSelector(".notice"))).contains("Paused");
        assertThat(browser.text(By.id("pilot-status"))).isEqualTo("Paused");
        assertThat(browser.text(By.id("decisions"))).contains("Two distribution centres wait for the replenishment rework");
        browser.signOut();
    }

    private void openPilot(String name) {
        browser.open("/");
        browser.clickToNextPage(By.linkText(name));
        browser.waitFor(By.id("pilot-name"));
    }

    private void check(String page) {
        browser.seriousAccessibilityViolations().forEach(violation -> violations.add(page + ": " + violation));
    }

    /** Presses Tab until the focus is on the element sought, checking at every stop that the focus can be seen. */
    private void tabTo(Predicate<WebElement> sought) {
        for (int tabs = 0; tabs < MOST_TABS; tabs++) {
            browser.press(Keys.TAB);
            WebElement focused = browser.focused();
            if ("body".equals(focused.getTagName())) {
                continue; // the focus is in the browser's own controls, not on the page: nothing to see
            }
            assertThat(browser.focusIsVisible()).as("focus visible on <%s id=%s type=%s> %s on %s", focused.getTagName(),
                    focused.getAttribute("id"), focused.getAttribute("type"), focused.getText(), browser.currentPath())
                    .isTrue();
            if (sought.test(focused)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the element sought");
    }
}
