package com.pilotledger.app.portfolio;

import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class ConditionalViewsTest {

    private static final Instant NOON = Instant.parse("2026-06-01T12:00:00Z");

    private final ConditionalViews views = new ConditionalViews(mock(EventProcessingConfiguration.class),
            Clock.fixed(NOON, ZoneOffset.UTC));
    private final MockHttpServletRequest board = new MockHttpServletRequest("GET", "/");

    @Test
    void theSameViewsForTheSameUserOnTheSameDayKeepTheirTag() {
        assertThat(views.tag("0=7;1=7", board, user("ada", "ROLE_AUDITOR")))
                .isEqualTo(views.tag("0=7;1=7", board, user("ada", "ROLE_AUDITOR")))
                .startsWith("W/\"");
    }

    @Test
    void viewsThatMovedAnotherUserOrRoleAnotherAddressOrAnotherDayGetAnotherTag() {
        String tag = views.tag("0=7;1=7", board, user("pam", "ROLE_PORTFOLIO_MANAGER"));
        assertThat(views.tag("0=7;1=8", board, user("pam", "ROLE_PORTFOLIO_MANAGER"))).isNotEqualTo(tag);
        assertThat(views.tag("0=7;1=7", board, user("owen", "ROLE_PORTFOLIO_MANAGER"))).isNotEqualTo(tag);
        assertThat(views.tag("0=7;1=7", board, user("pam", "ROLE_AUDITOR"))).isNotEqualTo(tag);
        MockHttpServletRequest filtered = new MockHttpServletRequest("GET", "/");
        filtered.setQueryString("posture=PAUSE");
        assertThat(views.tag("0=7;1=7", filtered, user("pam", "ROLE_PORTFOLIO_MANAGER"))).isNotEqualTo(tag);
        ConditionalViews tomorrow = new ConditionalViews(mock(EventProcessingConfiguration.class),
                Clock.fixed(NOON.plusSeconds(86_400), ZoneOffset.UTC));
        assertThat(tomorrow.tag("0=7;1=7", board, user("pam", "ROLE_PORTFOLIO_MANAGER"))).isNotEqualTo(tag);
    }

    @Test
    void viewsThisInstanceCannotPlaceGetNoTag() {
        assertThat(views.viewsPosition()).isEmpty();
    }

    private static Authentication user(String name, String role) {
        return new UsernamePasswordAuthenticationToken(name, null, AuthorityUtils.createAuthorityList(role));
    }
}
