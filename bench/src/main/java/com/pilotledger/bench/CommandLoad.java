package com.pilotledger.bench;

import com.pilotledger.api.pilot.RecordSignal;
import com.pilotledger.api.pilot.RegisterPilot;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * S1: the daily work of a portfolio, mostly owners recording signals on pilots chosen at random, with one pilot
 * registered in every twenty commands; sent by concurrent clients through the command gateway or over HTTP. Over
 * HTTP a command's answer comes after the views show it (read-your-writes), as users of the API get it; with several
 * instances the clients are dealt to them in turn, as a load balancer deals out connections.
 */
final class CommandLoad {

    private static final int REGISTER_EVERY = 20;

    private final List<String> pilots;
    private final BenchOptions options;
    private final String run;

    CommandLoad(List<String> pilots, BenchOptions options, String run) {
        this.pilots = pilots;
        this.options = options;
        this.run = run;
    }

    ClientLoad.Outcome throughGateway(CommandGateway gateway) {
        return ClientLoad.run(options.clients(), options.phase(), (client, iteration) -> {
            if (iteration % REGISTER_EVERY == 0) {
                gateway.sendAndWait(register(client, iteration), PortfolioScript.portfolioManager());
            } else {
                gateway.sendAndWait(signal(), PortfolioScript.pilotOwner());
            }
        });
    }

    ClientLoad.Outcome overHttp(List<LedgerHttp> instances) {
        return ClientLoad.run(options.clients(), options.phase(), (client, iteration) -> {
            LedgerHttp http = instances.get(client % instances.size());
            if (iteration % REGISTER_EVERY == 0) {
                RegisterPilot command = register(client, iteration);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("name", command.name());
                body.put("businessUnit", command.businessUnit());
                body.put("sponsor", command.sponsor());
                body.put("operationalOwner", command.operationalOwner());
                body.put("problemStatement", command.problemStatement());
                body.put("baselineMetric", command.baselineMetric());
                body.put("targetMetric", command.targetMetric());
                // Amounts travel as exact decimal strings, as the API writes them (docs/operations.md, money in JSON).
                body.put("requestedCapital", Map.of("amount", command.requestedCapital().amount().toPlainString(),
                        "currency", command.requestedCapital().currency()));
                body.put("killCriteria", command.killCriteria());
                body.put("owners", command.owners());
                http.post("/api/pilots", body, "pam");
            } else {
                RecordSignal command = signal();
                http.post("/api/pilots/" + command.pilotId() + "/signals", Map.of("domain", command.domain(),
                        "level", command.level(), "evidence", command.evidence(), "source", command.source()), "owen");
            }
        });
    }

    private RegisterPilot register(int client, long iteration) {
        return PortfolioScript.register("bench-" + run + "-" + client + "-" + iteration, (int) iteration);
    }

    private RecordSignal signal() {
        Random random = ThreadLocalRandom.current();
        return PortfolioScript.signal(pilots.get(random.nextInt(pilots.size())), random, random.nextDouble());
    }
}
