package com.pilotledger.query.portfolio;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.InvestmentAuthorized;
import com.pilotledger.api.pilot.PilotKilled;
import com.pilotledger.api.pilot.PilotOwnerAssigned;
import com.pilotledger.api.pilot.PilotPaused;
import com.pilotledger.api.pilot.PilotRegistered;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.SignalRecorded;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.api.portfolio.BoardFilter;
import com.pilotledger.api.portfolio.BoardRow;
import com.pilotledger.api.portfolio.BoardSort;
import com.pilotledger.api.portfolio.FindPortfolioBoard;
import com.pilotledger.api.portfolio.PilotStatus;
import com.pilotledger.api.portfolio.PortfolioBoard;
import com.pilotledger.api.portfolio.PostureTotal;
import com.pilotledger.query.support.OrderedPositions;
import com.pilotledger.query.support.ReadModelDatabase;
import com.pilotledger.query.support.Sql;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The portfolio board's projection and queries on H2 in PostgreSQL mode, with the tables of the app's migrations. */
class BoardTest {

    private static final Instant START = Instant.parse("2026-02-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final List<String> UNITS = List.of("Finance", "Supply Chain", "marketing");
    private static final List<String> OWNERS = List.of("owen", "olga", "Oscar");

    private ReadModelDatabase database;
    private OrderedPositions positions;
    private JdbcClient jdbc;
    private BoardProjection projection;
    private BoardQueries queries;
    private AnnotationEventHandlerAdapter handlers;
    private final List<EventMessage<?>> history = new ArrayList<>();

    @BeforeEach
    void createTables() {
        database = new ReadModelDatabase();
        jdbc = database.jdbcClient();
        positions = new OrderedPositions(database.jdbcTemplate());
        projection = new BoardProjection(jdbc, database.jdbcTemplate(), positions);
        queries = new BoardQueries(jdbc, new BoardRows(Clock.fixed(NOW, ZoneOffset.UTC)), "USD");
        handlers = new AnnotationEventHandlerAdapter(projection);
    }

    @Test
    void theKeptTotalsAreWhatGroupingTheMatchingRowsGives() throws Exception {
        portfolio();

        List<BoardFilter> filters = new ArrayList<>();
        for (String unit : new String[] {null, "Finance", "marketing", "Nowhere"}) {
            for (Posture posture : withNull(Posture.values())) {
                for (PilotStatus status : withNull(PilotStatus.values())) {
                    filters.add(new BoardFilter(unit, null, posture, status, null, null, null));
                }
            }
        }
        for (BoardFilter filter : filters) {
            PortfolioBoard board = today(filter, BoardSort.NAME, false, 0, 5);
            assertThat(board.totals()).as("%s", filter).isEqualTo(groupedTotals(filter));
            assertThat(board.totalPilots()).as("%s", filter).isEqualTo(matching(filter).size());
        }
        assertThat(today(BoardFilter.none(), BoardSort.NAME, false, 0, 5).totalPilots()).isEqualTo(12);
        assertThat(keptTotals()).isEqualTo(groupedRows());
    }

    @Test
    void aBatchCountsItsPilotsOnceItsEventsAreAllApplied() throws Exception {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        portfolio();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM board_total").query(Long.class).single()).isZero();
        batch.commit();

        assertThat(keptTotals()).isEqualTo(groupedRows());
        for (String unit : UNITS) {
            BoardFilter filter = new BoardFilter(unit, null, null, null, null, null, null);
            assertThat(today(filter, BoardSort.NAME, false, 0, 5).totals()).isEqualTo(groupedTotals(filter));
        }
    }

    @Test
    void aGroupItsLastPilotLeftCountsNothing() throws Exception {
        project(registered(1, "Alpha", "Finance", "owen", "100"));
        project(authorized(1, Posture.CONTROLLED_INVESTMENT, "40", START.plus(Duration.ofDays(1))));
        project(new PilotKilled(pilot(1), "No value", "kim", START.plus(Duration.ofDays(2))));

        PortfolioBoard board = today(BoardFilter.none(), BoardSort.NAME, false, 0, 5);

        assertThat(board.totalPilots()).isOne();
        assertThat(board.totals()).allMatch(total -> total.pilots() == 0
                && total.capitalRequested().amount().signum() == 0);
        assertThat(keptTotals()).containsExactly(Map.of("BUSINESS_UNIT", "Finance", "AUTHORIZED_POSTURE", "PAUSE",
                "STATUS", "KILLED", "PILOTS", 1L, "CAPITAL_REQUESTED", new BigDecimal("100.00"),
                "CAPITAL_AUTHORIZED", new BigDecimal("40.00")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM board_total").query(Long.class).single())
                .as("every posture with every status").isEqualTo(12);
    }

    @Test
    void eventsDeliveredAgainChangeNoRow() throws Exception {
        portfolio();
        Map<String, List<Map<String, Object>>> before = tables();

        for (EventMessage<?> message : List.copyOf(history)) {
            handlers.handle(message);
        }

        assertThat(tables()).isEqualTo(before);
    }

    @Test
    void eventsDeliveredAgainInOneBatchChangeNoRow() throws Exception {
        portfolio();
        Map<String, List<Map<String, Object>>> before = tables();

        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("redelivery"));
        for (EventMessage<?> message : List.copyOf(history)) {
            handlers.handle(message);
        }
        batch.commit();

        assertThat(tables()).isEqualTo(before);
    }

    /**
     * A batch reads the rows of all its pilots with one query and writes each table with one JDBC batch, however many
     * events a pilot has in it; and leaves the same rows and versions as the same events one by one, where each event
     * compares with what the database kept.
     */
    @Test
    void aBatchReadsItsPilotsAtOnceAndWritesEachTableOnce() throws Exception {
        portfolio();
        ReadModelDatabase oneByOne = new ReadModelDatabase();
        BoardProjection oneByOneProjection = new BoardProjection(oneByOne.jdbcClient(), oneByOne.jdbcTemplate(),
                new OrderedPositions(oneByOne.jdbcTemplate()));
        replay(oneByOneProjection, history);
        // Two readings of a domain observed at one instant, finer than the columns keep: the later event counts.
        Instant observed = START.plus(Duration.ofDays(30)).plusNanos(321_831_834);
        List<EventMessage<?>> signals = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int n = 1; n <= 12; n++) {
                signals.add(GenericEventMessage.asEventMessage(new SignalRecorded(pilot(n),
                        StabilizationDomain.values()[round % 2], ReadinessLevel.values()[(n + round) % 3],
                        "Reading " + round, null, observed, null, "owen", observed.plusSeconds(round))));
            }
        }
        StatementCounter counter = new StatementCounter(database.dataSource());
        BoardProjection counted = new BoardProjection(jdbc, counter, positions);

        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(signals);
        batch.start();
        replay(counted, signals);
        batch.commit();

        assertThat(counter.queries).as("the rows of the batch's pilots read together").isOne();
        assertThat(counter.batches).as("rows, versions, closes").isEqualTo(3);
        replay(oneByOneProjection, signals);
        assertThat(tables(oneByOne.jdbcClient())).isEqualTo(tables());
    }

    @Test
    void aResetAndAReplayInOneBatchRebuildTheSameRows() throws Exception {
        portfolio();
        Map<String, List<Map<String, Object>>> before = tables();

        projection.reset();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM board_total").query(Long.class).single()).isZero();
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("replay"));
        for (EventMessage<?> message : List.copyOf(history)) {
            handlers.handle(message);
        }
        batch.commit();

        assertThat(tables()).isEqualTo(before);
    }

    @Test
    void everySortInEitherDirectionGivesThePageOfTheWholeOrder() throws Exception {
        portfolio();
        List<BoardRow> all = today(BoardFilter.none(), BoardSort.REGISTERED_AT, false, 0, 100).rows();
        Map<BoardSort, Comparator<BoardRow>> orders = Map.of(
                BoardSort.NAME, Comparator.comparing(row -> row.name().toLowerCase()),
                BoardSort.BUSINESS_UNIT, Comparator.comparing(BoardRow::businessUnit),
                BoardSort.OWNER, Comparator.comparing(BoardRow::operationalOwner),
                BoardSort.AUTHORIZED_POSTURE, Comparator.comparing(BoardRow::authorizedPosture),
                BoardSort.RECOMMENDED_POSTURE, Comparator.comparing(BoardRow::recommendedPosture),
                BoardSort.CAPITAL_REQUESTED, Comparator.comparing(row -> row.capitalRequested().amount()),
                BoardSort.CAPITAL_AUTHORIZED, Comparator.comparing(row -> row.capitalAuthorized().amount()),
                BoardSort.DAYS_IN_POSTURE, Comparator.comparing(BoardRow::postureSince),
                BoardSort.REGISTERED_AT, Comparator.comparing(BoardRow::registeredAt));

        for (BoardSort sort : BoardSort.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                // More days in posture is an earlier start in it; ties go by pilot in the same direction.
                Comparator<BoardRow> order = (sort == BoardSort.DAYS_IN_POSTURE
                        ? Comparator.comparing(BoardRow::postureSince) : orders.get(sort))
                        .thenComparing(BoardRow::pilotId);
                boolean reversed = sort == BoardSort.DAYS_IN_POSTURE ? !descending : descending;
                List<String> expected = all.stream().sorted(reversed ? order.reversed() : order)
                        .map(BoardRow::pilotId).skip(4).limit(4).toList();

                assertThat(today(BoardFilter.none(), sort, descending, 1, 4).rows()).extracting(BoardRow::pilotId)
                        .as("%s %s", sort, descending ? "descending" : "ascending").isEqualTo(expected);
                assertThat(afterEveryEvent(BoardFilter.none(), sort, descending, 1, 4).rows())
                        .extracting(BoardRow::pilotId)
                        .as("%s %s as of an instant", sort, descending ? "descending" : "ascending")
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void everyFilterKeepsTheMatchingPilotsOnly() throws Exception {
        portfolio();
        project(new PilotOwnerAssigned(pilot(3), "ada", "pam", START));
        project(new PilotOwnerAssigned(pilot(7), "ada", "pam", START));

        assertFilter(new BoardFilter("Finance", null, null, null, null, null, null),
                row -> row.businessUnit().equals("Finance"));
        assertFilter(new BoardFilter(null, "olga", null, null, null, null, null),
                row -> row.operationalOwner().equals("olga"));
        assertFilter(new BoardFilter(null, null, Posture.CONTROLLED_INVESTMENT, null, null, null, null),
                row -> row.authorizedPosture() == Posture.CONTROLLED_INVESTMENT);
        assertFilter(new BoardFilter(null, null, null, PilotStatus.PAUSED, null, null, null),
                row -> row.status() == PilotStatus.PAUSED);
        assertFilter(new BoardFilter(null, null, null, null, true, null, null), BoardRow::divergent);
        assertFilter(new BoardFilter(null, null, null, null, false, null, null), row -> !row.divergent());
        assertFilter(new BoardFilter(null, null, null, null, null, "OSCA", null),
                row -> row.operationalOwner().equals("Oscar"));
        assertFilter(new BoardFilter(null, null, null, null, null, "pilot 1", null),
                row -> row.name().toLowerCase().startsWith("pilot 1"));
        assertFilter(new BoardFilter(null, null, null, null, null, null, "ada"),
                row -> row.pilotId().equals(pilot(3)) || row.pilotId().equals(pilot(7)));
        assertFilter(new BoardFilter("Finance", null, Posture.PAUSE, PilotStatus.PROPOSED, null, null, null),
                row -> row.businessUnit().equals("Finance") && row.status() == PilotStatus.PROPOSED);
    }

    @Test
    void asOfAnInstantTheBoardShowsTheRowsAndTotalsOfThen() throws Exception {
        project(registered(1, "Alpha", "Finance", "owen", "100"));
        project(registered(2, "Beta", "Finance", "owen", "200"));
        Instant decided = START.plus(Duration.ofDays(10));
        project(authorized(1, Posture.AUTHORIZE_DEPLOYMENT, "80", decided));

        PortfolioBoard before = queries.find(new FindPortfolioBoard(BoardFilter.none(), BoardSort.NAME, false, 0, 5,
                decided.minusSeconds(1)));
        PortfolioBoard after = queries.find(new FindPortfolioBoard(BoardFilter.none(), BoardSort.NAME, false, 0, 5,
                decided));

        assertThat(before.rows()).extracting(BoardRow::authorizedPosture).containsExactly(Posture.PAUSE, Posture.PAUSE);
        assertThat(before.rows().get(0).daysInPosture()).isEqualTo(9);
        assertThat(total(before, Posture.PAUSE)).isEqualTo(new PostureTotal(Posture.PAUSE, 2, usd("300.00"),
                usd("0.00")));
        assertThat(after.rows()).extracting(BoardRow::authorizedPosture)
                .containsExactly(Posture.AUTHORIZE_DEPLOYMENT, Posture.PAUSE);
        assertThat(total(after, Posture.AUTHORIZE_DEPLOYMENT)).isEqualTo(new PostureTotal(
                Posture.AUTHORIZE_DEPLOYMENT, 1, usd("100.00"), usd("80.00")));
        assertThat(queries.find(new FindPortfolioBoard(BoardFilter.none(), BoardSort.NAME, false, 0, 5,
                START.minusSeconds(1))).totalPilots()).isZero();
    }

    /**
     * At every instant of the history, the event instants included, the board holds each pilot's version begun by
     * then and not ended by then: after a late pause moved up to its pilot's authorization, the pause, not the
     * authorization's version that now covers no time.
     */
    @Test
    void asOfEveryInstantTheBoardHoldsTheVersionsInForceThen() throws Exception {
        portfolio();
        project(new PilotPaused(pilot(8), "Late", Posture.AUTHORIZE_DEPLOYMENT, "kim", START.plus(Duration.ofDays(3))));

        for (int day = -1; day <= 25; day++) {
            Instant at = START.plus(Duration.ofDays(day));
            List<String> inForce = jdbc.sql("SELECT pilot_id || ' ' || status || ' ' || authorized_posture "
                            + "FROM board_pilot_version WHERE valid_from <= :at AND (valid_to IS NULL OR valid_to > :at) "
                            + "ORDER BY name_key, pilot_id")
                    .param("at", Sql.timestamp(at)).query(String.class).list();
            PortfolioBoard board = queries.find(new FindPortfolioBoard(BoardFilter.none(), BoardSort.NAME, false, 0,
                    100, at));

            assertThat(board.rows()).extracting(row -> row.pilotId() + " " + row.status() + " "
                    + row.authorizedPosture()).as("as of %s", at).isEqualTo(inForce);
            assertThat(board.totalPilots()).as("as of %s", at).isEqualTo(inForce.size());
        }
        assertThat(queries.find(new FindPortfolioBoard(new BoardFilter(null, null, null, PilotStatus.PAUSED, null, null,
                null), BoardSort.NAME, false, 0, 5, START.plus(Duration.ofDays(8)))).rows())
                .extracting(BoardRow::pilotId).containsExactly(pilot(8));
    }

    private void assertFilter(BoardFilter filter, Predicate<BoardRow> matches) {
        List<BoardRow> all = today(BoardFilter.none(), BoardSort.NAME, false, 0, 100).rows();
        List<String> expected = all.stream().filter(matches).map(BoardRow::pilotId).toList();
        PortfolioBoard board = today(filter, BoardSort.NAME, false, 0, 100);
        assertThat(expected).as("%s", filter).isNotEmpty();
        assertThat(board.rows()).extracting(BoardRow::pilotId).as("%s", filter).isEqualTo(expected);
        assertThat(board.totalPilots()).as("%s", filter).isEqualTo(expected.size());
        // The board as of an instant after every event filters its versions as today's board filters its rows.
        PortfolioBoard then = afterEveryEvent(filter, BoardSort.NAME, false, 0, 100);
        assertThat(then.rows()).extracting(BoardRow::pilotId).as("%s as of an instant", filter).isEqualTo(expected);
        assertThat(then.totalPilots()).as("%s as of an instant", filter).isEqualTo(expected.size());
        assertThat(then.totals()).as("%s as of an instant", filter).isEqualTo(board.totals());
    }

    /**
     * Twelve pilots over three business units, owners, capital and times: proposed, authorized in either posture,
     * paused, killed, and recommended otherwise than authorized.
     */
    private void portfolio() throws Exception {
        for (int n = 1; n <= 12; n++) {
            project(registered(n, (n % 2 == 0 ? "pilot " : "Pilot ") + (n % 5) + "-" + n, UNITS.get(n % 3),
                    OWNERS.get(n % 3 == 0 ? 0 : n % 2 + 1), String.valueOf(1000 - 70 * (n % 7))));
        }
        for (int n = 2; n <= 12; n += 2) {
            project(authorized(n, n % 4 == 0 ? Posture.AUTHORIZE_DEPLOYMENT : Posture.CONTROLLED_INVESTMENT,
                    String.valueOf(100 + 10 * (n % 3)), START.plus(Duration.ofDays(n))));
        }
        project(new PilotPaused(pilot(4), "Outage", Posture.AUTHORIZE_DEPLOYMENT, "kim", START.plus(Duration.ofDays(20))));
        project(new PilotKilled(pilot(6), "No value", "kim", START.plus(Duration.ofDays(21))));
        project(new PilotKilled(pilot(9), "No value", "kim", START.plus(Duration.ofDays(22))));
        project(new PostureRecommendationChanged(pilot(2), Posture.AUTHORIZE_DEPLOYMENT, Posture.PAUSE, "2",
                List.of(StabilizationDomain.OPERATIONAL_OWNERSHIP), "Ready", START.plus(Duration.ofDays(23))));
        project(new PostureRecommendationChanged(pilot(5), Posture.CONTROLLED_INVESTMENT, Posture.PAUSE, "2",
                List.of(StabilizationDomain.OPERATIONAL_OWNERSHIP), "Nearly", START.plus(Duration.ofDays(23))));
        project(new SignalRecorded(pilot(5), StabilizationDomain.OPERATIONAL_OWNERSHIP, ReadinessLevel.ESTABLISHED,
                "Owner staffed", null, START.plus(Duration.ofDays(24)), null, "owen", START.plus(Duration.ofDays(24))));
    }

    private static void replay(BoardProjection projection, List<EventMessage<?>> messages) throws Exception {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        for (EventMessage<?> message : messages) {
            handlers.handle(message);
        }
    }

    /** Counts the queries and JDBC batches sent through it. */
    private static final class StatementCounter extends JdbcTemplate {

        private int queries;
        private int batches;

        StatementCounter(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        public void query(String sql, RowCallbackHandler handler, Object... args) {
            queries++;
            super.query(sql, handler, args);
        }

        @Override
        public int[] batchUpdate(String sql, List<? extends Object[]> batchArgs) {
            batches++;
            return super.batchUpdate(sql, batchArgs);
        }
    }

    private void project(Object event) throws Exception {
        EventMessage<?> message = GenericEventMessage.asEventMessage(event);
        history.add(message);
        handlers.handle(message);
    }

    private PortfolioBoard today(BoardFilter filter, BoardSort sort, boolean descending, int page, int size) {
        return queries.find(new FindPortfolioBoard(filter, sort, descending, page, size));
    }

    /** The board as of an instant a year after the portfolio's first event, later than any of its events. */
    private PortfolioBoard afterEveryEvent(BoardFilter filter, BoardSort sort, boolean descending, int page, int size) {
        return queries.find(new FindPortfolioBoard(filter, sort, descending, page, size,
                START.plus(Duration.ofDays(365))));
    }

    private List<BoardRow> matching(BoardFilter filter) {
        return today(BoardFilter.none(), BoardSort.NAME, false, 0, 100).rows().stream()
                .filter(row -> filter.businessUnit() == null || row.businessUnit().equals(filter.businessUnit()))
                .filter(row -> filter.posture() == null || row.authorizedPosture() == filter.posture())
                .filter(row -> filter.status() == null || row.status() == filter.status())
                .toList();
    }

    /** The totals as grouping the matching board rows gives them: killed pilots stand in no posture. */
    private List<PostureTotal> groupedTotals(BoardFilter filter) {
        List<BoardRow> rows = matching(filter).stream().filter(row -> row.status() != PilotStatus.KILLED).toList();
        List<PostureTotal> totals = new ArrayList<>();
        for (Posture posture : Posture.values()) {
            List<BoardRow> in = rows.stream().filter(row -> row.authorizedPosture() == posture).toList();
            totals.add(in.isEmpty() ? new PostureTotal(posture, 0, usd(BigDecimal.ZERO), usd(BigDecimal.ZERO))
                    : new PostureTotal(posture, in.size(), usd(sum(in, row -> row.capitalRequested().amount())),
                    usd(sum(in, row -> row.capitalAuthorized().amount()))));
        }
        return totals;
    }

    private List<Map<String, Object>> keptTotals() {
        return jdbc.sql("SELECT business_unit, authorized_posture, status, pilots, capital_requested, capital_authorized "
                + "FROM board_total WHERE pilots > 0 ORDER BY business_unit, authorized_posture, status")
                .query().listOfRows();
    }

    private List<Map<String, Object>> groupedRows() {
        return jdbc.sql("SELECT business_unit, authorized_posture, status, COUNT(*) AS pilots, SUM(capital_requested) "
                + "AS capital_requested, SUM(capital_authorized) AS capital_authorized FROM board_pilot "
                + "GROUP BY business_unit, authorized_posture, status ORDER BY business_unit, authorized_posture, status")
                .query().listOfRows();
    }

    private Map<String, List<Map<String, Object>>> tables() {
        return tables(jdbc);
    }

    private static Map<String, List<Map<String, Object>>> tables(JdbcClient jdbc) {
        return Map.of(
                "board_pilot", jdbc.sql("SELECT * FROM board_pilot ORDER BY pilot_id").query().listOfRows(),
                "board_pilot_version", jdbc.sql("SELECT * FROM board_pilot_version ORDER BY event_position")
                        .query().listOfRows(),
                "board_total", jdbc.sql("SELECT * FROM board_total ORDER BY business_unit, authorized_posture, status")
                        .query().listOfRows(),
                "pilot_owner", jdbc.sql("SELECT * FROM pilot_owner ORDER BY pilot_id, username").query().listOfRows());
    }

    private static BigDecimal sum(List<BoardRow> rows, Function<BoardRow, BigDecimal> amount) {
        return rows.stream().map(amount).reduce(BigDecimal::add).orElseThrow();
    }

    private static PostureTotal total(PortfolioBoard board, Posture posture) {
        return board.totals().stream().filter(total -> total.posture() == posture).findFirst().orElseThrow();
    }

    private static <T> List<T> withNull(T[] values) {
        List<T> all = new ArrayList<>(List.of(values));
        all.add(null);
        return all;
    }

    private static Money usd(String amount) {
        return usd(new BigDecimal(amount));
    }

    private static Money usd(BigDecimal amount) {
        return new Money(amount, "USD");
    }

    private static String pilot(int n) {
        return "pilot-" + (n < 10 ? "0" : "") + n;
    }

    private static PilotRegistered registered(int n, String name, String unit, String owner, String capital) {
        return new PilotRegistered(pilot(n), name, unit, "sam", owner, "-", "-", "-", usd(capital), "-", "pam",
                START.plus(Duration.ofHours(n)), List.of());
    }

    private static InvestmentAuthorized authorized(int n, Posture posture, String capital, Instant at) {
        return new InvestmentAuthorized(pilot(n), "request-" + n, posture, usd(capital), "scope", "conditions",
                "rationale", Posture.PAUSE, false, null, "kim", null, null, null, at, List.of());
    }
}
