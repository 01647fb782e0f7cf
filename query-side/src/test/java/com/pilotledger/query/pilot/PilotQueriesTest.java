package com.pilotledger.query.pilot;

import com.pilotledger.api.capital.Authority;
import com.pilotledger.api.capital.LimitHolder;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.portfolio.ComparedPilot;
import com.pilotledger.api.portfolio.Decision;
import com.pilotledger.api.portfolio.DecisionKind;
import com.pilotledger.api.portfolio.DomainReading;
import com.pilotledger.api.portfolio.FindPilotComparison;
import com.pilotledger.api.portfolio.FindPilotDetail;
import com.pilotledger.api.portfolio.MetricPoint;
import com.pilotledger.api.portfolio.PilotComparison;
import com.pilotledger.api.portfolio.PilotDetail;
import com.pilotledger.api.portfolio.Recommendation;
import com.pilotledger.query.portfolio.BoardRows;
import com.pilotledger.query.support.PilotStreams;
import com.pilotledger.query.support.ReadModelDatabase;
import com.pilotledger.query.support.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static com.pilotledger.api.pilot.Posture.CONTROLLED_INVESTMENT;
import static com.pilotledger.api.pilot.Posture.PAUSE;
import static com.pilotledger.api.pilot.ReadinessLevel.ESTABLISHED;
import static com.pilotledger.api.pilot.ReadinessLevel.STABILIZING;
import static com.pilotledger.api.pilot.ReadinessLevel.UNSETTLED;
import static com.pilotledger.api.pilot.StabilizationDomain.GOVERNANCE_CONTINUITY;
import static com.pilotledger.api.pilot.StabilizationDomain.OPERATIONAL_OWNERSHIP;
import static com.pilotledger.api.pilot.StabilizationDomain.PRODUCTION_ECONOMICS;
import static com.pilotledger.query.support.PilotEvents.authorized;
import static com.pilotledger.query.support.PilotEvents.measured;
import static com.pilotledger.query.support.PilotEvents.paused;
import static com.pilotledger.query.support.PilotEvents.recommended;
import static com.pilotledger.query.support.PilotEvents.registered;
import static com.pilotledger.query.support.PilotEvents.signal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The pilot page and the comparison, today, as of an instant and as known on a day, read from the rows the pilot
 * detail projection writes (the board row, the summary, is written here as the board's projection leaves it).
 */
class PilotQueriesTest {

    private static final String PILOT = "pilot-1";
    private static final Instant FEB_1 = Instant.parse("2026-02-01T09:00:00Z");
    private static final Instant FEB_5 = Instant.parse("2026-02-05T09:00:00Z");
    private static final Instant FEB_10 = Instant.parse("2026-02-10T09:00:00Z");
    private static final Instant FEB_20 = Instant.parse("2026-02-20T09:00:00Z");
    private static final Instant MAR_1 = Instant.parse("2026-03-01T09:00:00Z");

    private final PilotStreams store = new PilotStreams();
    private JdbcTemplate jdbc;
    private PilotDetailProjection projection;
    private PilotQueries queries;

    @BeforeEach
    void projectOnePilotsFirstWeeks() {
        ReadModelDatabase database = new ReadModelDatabase();
        jdbc = database.jdbcTemplate();
        projection = new PilotDetailProjection(database.jdbcClient(), jdbc);
        queries = new PilotQueries(database.jdbcClient(), new BoardRows(Clock.fixed(MAR_1, ZoneOffset.UTC)));

        boardRow(PILOT, FEB_1);
        jdbc.update("INSERT INTO pilot_owner (pilot_id, username) VALUES (?, 'owen'), (?, 'olga')", PILOT, PILOT);
        projection.on(registered(PILOT, FEB_1));
        recommend(recommended(PILOT, PAUSE, null, List.of(OPERATIONAL_OWNERSHIP, GOVERNANCE_CONTINUITY), FEB_1));
        project(signal(PILOT, OPERATIONAL_OWNERSHIP, STABILIZING, "Owner named", FEB_5, FEB_5));
        project(measured(PILOT, PRODUCTION_ECONOMICS, "Cost per task", "0.4200", FEB_5));
        project(signal(PILOT, OPERATIONAL_OWNERSHIP, ESTABLISHED, "Owner staffed", FEB_10, FEB_10));
        // Observed before FEB_10, entered only on FEB_20: never the reading that counts, known from FEB_20.
        project(signal(PILOT, GOVERNANCE_CONTINUITY, UNSETTLED, "Approvals unclear", FEB_5.plusSeconds(60), FEB_20));
        recommend(recommended(PILOT, CONTROLLED_INVESTMENT, PAUSE, List.of(), FEB_10));
        InvestmentAuthorized authorization = authorized(PILOT, "request-1", FEB_10);
        projection.on(authorization, store.message(authorization, FEB_10, "cfo"));
        PilotPaused pause = paused(PILOT, FEB_20);
        projection.on(pause, store.message(pause, FEB_20, "cfo"));
    }

    @Test
    void todayThePageHasTheCaseTheRecommendationTheCountingReadingsDecisionsMetricsHistoryAndOwners() {
        PilotDetail detail = queries.find(new FindPilotDetail(PILOT)).orElseThrow();

        assertThat(detail.summary().pilotId()).isEqualTo(PILOT);
        assertThat(detail.problemStatement()).isEqualTo("Stock-outs");
        assertThat(detail.recommendation()).isEqualTo(new Recommendation(CONTROLLED_INVESTMENT, "v1", List.of(),
                "Recommended CONTROLLED_INVESTMENT", FEB_10));
        assertThat(detail.readings()).extracting(DomainReading::domain, DomainReading::evidence).containsExactly(
                tuple(OPERATIONAL_OWNERSHIP, "Owner staffed"),
                tuple(GOVERNANCE_CONTINUITY, "Approvals unclear"),
                tuple(PRODUCTION_ECONOMICS, "Cost per task measured"));
        assertThat(detail.decisions()).extracting(Decision::kind)
                .containsExactly(DecisionKind.AUTHORIZE, DecisionKind.PAUSE);
        Decision authorization = detail.decisions().get(0);
        assertThat(authorization.capital()).isEqualTo(Money.of("50000.00", "EUR"));
        assertThat(authorization.deciderAuthority()).isEqualTo(
                new Authority(LimitHolder.role("EXECUTIVE"), new Money(new BigDecimal("250000.00"), "EUR")));
        assertThat(authorization.approverAuthority().holder()).isEqualTo(LimitHolder.user("ceo"));
        assertThat(detail.metrics()).singleElement().satisfies(point -> {
            assertThat(point.name()).isEqualTo("Cost per task");
            assertThat(point.value()).isEqualByComparingTo("0.42");
        });
        assertThat(detail.readingHistory()).extracting(DomainReading::evidence)
                .as("latest observation first, of two observed together the later event")
                .containsExactly("Owner staffed", "Approvals unclear", "Cost per task measured", "Owner named");
        assertThat(detail.owners()).containsExactly("olga", "owen");
    }

    @Test
    void asOfAnInstantThePageIsAsThePilotStoodThen() {
        PilotDetail then = queries.find(new FindPilotDetail(PILOT, FEB_5.plusSeconds(3600), null)).orElseThrow();

        assertThat(then.recommendation().posture()).isEqualTo(PAUSE);
        assertThat(then.recommendation().decidingDomains()).containsExactly(OPERATIONAL_OWNERSHIP,
                GOVERNANCE_CONTINUITY);
        assertThat(then.recommendation().since()).isEqualTo(FEB_1);
        assertThat(then.readings()).extracting(DomainReading::evidence)
                .containsExactly("Owner named", "Approvals unclear", "Cost per task measured");
        assertThat(then.decisions()).isEmpty();
        assertThat(then.metrics()).extracting(MetricPoint::name).containsExactly("Cost per task");
    }

    @Test
    void asKnownOnADayTheReadingsEnteredLaterAreLeftOut() {
        PilotDetail known = queries.find(new FindPilotDetail(PILOT, null, FEB_10.plusSeconds(60))).orElseThrow();

        assertThat(known.readings()).extracting(DomainReading::domain)
                .containsExactly(OPERATIONAL_OWNERSHIP, PRODUCTION_ECONOMICS);
        assertThat(known.readingHistory()).extracting(DomainReading::evidence)
                .doesNotContain("Approvals unclear");
        assertThat(known.recommendation().posture()).isEqualTo(CONTROLLED_INVESTMENT);
        assertThat(known.decisions()).extracting(Decision::kind).containsExactly(DecisionKind.AUTHORIZE);
    }

    @Test
    void aPilotNotRegisteredByThenOrUnknownIsNotFound() {
        assertThat(queries.find(new FindPilotDetail(PILOT, FEB_1.minusSeconds(1), null))).isEmpty();
        assertThat(queries.find(new FindPilotDetail("nobody"))).isEmpty();
    }

    @Test
    void theComparisonListsThePilotsFoundSideBySideAndNamesTheMissingOnes() {
        boardRow("pilot-2", FEB_5);
        projection.on(registered("pilot-2", FEB_5));

        PilotComparison today = queries.find(new FindPilotComparison(List.of(PILOT, "pilot-2", "nobody")));
        PilotComparison then = queries.find(new FindPilotComparison(List.of(PILOT, "pilot-2"), FEB_1.plusSeconds(60)));

        assertThat(today.pilots()).extracting(compared -> compared.summary().pilotId())
                .containsExactly(PILOT, "pilot-2");
        assertThat(today.missingPilotIds()).containsExactly("nobody");
        ComparedPilot second = today.pilots().get(1);
        assertThat(second.recommendation()).as("not recommended yet").isNull();
        assertThat(second.readings()).isEmpty();
        assertThat(today.pilots().get(0).readings()).containsKey(OPERATIONAL_OWNERSHIP);
        assertThat(then.pilots()).extracting(compared -> compared.summary().pilotId()).containsExactly(PILOT);
        assertThat(then.missingPilotIds()).containsExactly("pilot-2");
    }

    private void project(SignalRecorded event) {
        projection.on(event, store.message(event, event.recordedAt(), "owen"));
    }

    private void recommend(PostureRecommendationChanged event) {
        projection.on(event, store.message(event, event.changedAt(), "system"));
    }

    /** The pilot's board row and its one version, open since its registration, as the board's projection keeps them. */
    private void boardRow(String pilotId, Instant registeredAt) {
        jdbc.update("""
                        INSERT INTO board_pilot (pilot_id, name, business_unit, sponsor, operational_owner, status,
                            authorized_posture, recommended_posture, currency, capital_requested, capital_authorized,
                            posture_since, registered_at, name_key, authorized_rank, recommended_rank)
                        VALUES (?, 'Pilot', 'Stores', 'sam', 'owen', 'PROPOSED', 'PAUSE', 'PAUSE', 'EUR', 100000, 0,
                            ?, ?, 'pilot', 0, 0)""",
                pilotId, Sql.timestamp(registeredAt), Sql.timestamp(registeredAt));
        jdbc.update("""
                        INSERT INTO board_pilot_version (event_position, valid_from, pilot_id, name, business_unit,
                            sponsor, operational_owner, status, authorized_posture, recommended_posture, currency,
                            capital_requested, capital_authorized, capital_committed, capital_frozen, posture_since,
                            registered_at, name_key, authorized_rank, recommended_rank)
                        VALUES (?, ?, ?, 'Pilot', 'Stores', 'sam', 'owen', 'PROPOSED', 'PAUSE', 'PAUSE', 'EUR', 100000,
                            0, 0, FALSE, ?, ?, 'pilot', 0, 0)""",
                -registeredAt.getEpochSecond(), Sql.timestamp(registeredAt), pilotId, Sql.timestamp(registeredAt),
                Sql.timestamp(registeredAt));
    }
}
