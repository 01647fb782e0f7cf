package com.pilotledger.bench;

import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.portfolio.BoardSort;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * S4: what auditors and managers read, over HTTP: a board page of 50 pilots, filtered by posture or business unit and
 * sorted by capital, name or time in posture, today and as of an instant in the past; and the first page (50 events)
 * of one pilot's audit history. With several instances the clients are dealt to them in turn, as a load balancer
 * deals out connections.
 */
final class ReadLoad {

    private static final Posture[] POSTURES = Posture.values();
    private static final BoardSort[] SORTS = {BoardSort.CAPITAL_REQUESTED, BoardSort.NAME, BoardSort.DAYS_IN_POSTURE};
    private static final String[] UNITS = {"Finance", "Supply%20Chain", "Marketing", "E-commerce"};

    private final List<LedgerHttp> instances;
    private final List<String> pilots;
    private final BenchOptions options;

    ReadLoad(List<LedgerHttp> instances, List<String> pilots, BenchOptions options) {
        this.instances = instances;
        this.pilots = pilots;
        this.options = options;
    }

    ClientLoad.Outcome boardPages() {
        return ClientLoad.run(options.readClients(), options.phase(), (client, iteration) -> at(client).get(
                boardPage(iteration), "ada"));
    }

    /** The same pages as the board of today, each as of a random instant while the portfolio was being built. */
    ClientLoad.Outcome asOfBoardPages(Instant from, Instant to) {
        long span = Math.max(1, Duration.between(from, to).toMillis());
        return ClientLoad.run(options.readClients(), options.phase(), (client, iteration) -> at(client).get(
                boardPage(iteration) + "&asOf=" + from.plusMillis(ThreadLocalRandom.current().nextLong(span)), "ada"));
    }

    private static String boardPage(long iteration) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String filter = iteration % 2 == 0
                ? "posture=" + POSTURES[random.nextInt(POSTURES.length)]
                : "businessUnit=" + UNITS[random.nextInt(UNITS.length)];
        return "/api/pilots?" + filter + "&sort=" + SORTS[random.nextInt(SORTS.length)]
                + "&direction=desc&size=50&page=" + random.nextInt(5);
    }

    ClientLoad.Outcome pilotHistories() {
        return ClientLoad.run(options.readClients(), options.phase(), (client, iteration) -> at(client).get(
                "/api/pilots/" + pilots.get(ThreadLocalRandom.current().nextInt(pilots.size())) + "/history?size=50",
                "ada"));
    }

    private LedgerHttp at(int client) {
        return instances.get(client % instances.size());
    }
}
