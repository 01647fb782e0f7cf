package com.pilotledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run, written as JSON (for tools and comparisons) and as a markdown table (for docs/performance.md).
 * Every rate the application reaches is also given as a fraction of the matching ceiling, measured in the same run.
 */
final class BenchReport {

    /** What the database does here over plain JDBC, without the application. */
    record Ceiling(String key, String description, double perSecond, String unit) {
    }

    /** A rate and its latencies, reached by the application. */
    record Result(String scenario, String description, double perSecond, String unit, long count, long failures,
                  String firstFailure, double p50Millis, double p99Millis, double p999Millis, String ceiling,
                  Double fractionOfCeiling) {
    }

    /** A single measured value: a duration, a size. */
    record Figure(String scenario, String description, double value, String unit) {
    }

    /** One goal of the issue and whether this run met it. */
    record Target(String scenario, String goal, String measured, boolean met) {
    }

    private final Map<String, String> setting = new LinkedHashMap<>();
    private final Map<String, Ceiling> ceilings = new LinkedHashMap<>();
    private final List<Result> results = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();

    void setting(String name, String value) {
        setting.put(name, value);
    }

    void ceiling(String key, String description, double perSecond, String unit) {
        ceilings.put(key, new Ceiling(key, description, perSecond, unit));
    }

    Result result(String scenario, String description, ClientLoad.Outcome outcome, String unit, String ceilingKey) {
        Ceiling ceiling = ceilingKey == null ? null : ceilings.get(ceilingKey);
        Latencies latencies = outcome.latencies();
        Result result = new Result(scenario, description, outcome.perSecond(), unit, latencies.count(),
                outcome.failures(), outcome.firstFailure(), latencies.percentileMillis(0.50),
                latencies.percentileMillis(0.99), latencies.percentileMillis(0.999),
                ceiling == null ? null : ceiling.description(),
                ceiling == null ? null : outcome.perSecond() / ceiling.perSecond());
        results.add(result);
        return result;
    }

    void figure(String scenario, String description, double value, String unit) {
        figures.add(new Figure(scenario, description, value, unit));
    }

    /** The first result of a scenario whose description contains all the given words. */
    Result find(String scenario, String... words) {
        return results.stream().filter(result -> result.scenario().equals(scenario))
                .filter(result -> Arrays.stream(words).allMatch(result.description()::contains))
                .findFirst().orElseThrow(() -> new IllegalStateException("No " + scenario + " result"));
    }

    /** The first figure of a scenario whose description starts with the given text. */
    Figure figure(String scenario, String start) {
        return figures.stream().filter(figure -> figure.scenario().equals(scenario))
                .filter(figure -> figure.description().startsWith(start))
                .findFirst().orElseThrow(() -> new IllegalStateException("No " + scenario + " figure"));
    }

    double ceilingRate(String key) {
        return ceilings.get(key).perSecond();
    }

    void target(String scenario, String goal, String measured, boolean met) {
        targets.add(new Target(scenario, goal, measured, met));
    }

    void write(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("setting", setting);
            json.put("ceilings", ceilings.values());
            json.put("results", results);
            json.put("figures", figures);
            json.put("targets", targets);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(folder.resolve(name + ".json").toFile(), json);
            Files.writeString(folder.resolve(name + ".md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| setting | value |\n|---|---|\n");
        setting.forEach((name, value) -> md.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        md.append("\n| ceiling (plain JDBC, same database and pool) | rate |\n|---|---:|\n");
        ceilings.values().forEach(ceiling -> md.append("| ").append(ceiling.description()).append(" | ")
                .append(number(ceiling.perSecond())).append(' ').append(ceiling.unit()).append(" |\n"));
        md.append("\n| scenario | what | rate | p50 ms | p99 ms | p99.9 ms | failed | fraction of ceiling |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---|\n");
        results.forEach(result -> md.append("| ").append(result.scenario()).append(" | ")
                .append(result.description()).append(" | ").append(number(result.perSecond())).append(' ')
                .append(result.unit()).append(" | ").append(millis(result.p50Millis())).append(" | ")
                .append(millis(result.p99Millis())).append(" | ").append(millis(result.p999Millis())).append(" | ")
                .append(result.failures()).append(" | ").append(result.fractionOfCeiling() == null ? "" :
                        percent(result.fractionOfCeiling()) + " of " + result.ceiling()).append(" |\n"));
        md.append("\n| scenario | figure | value |\n|---|---|---:|\n");
        figures.forEach(figure -> md.append("| ").append(figure.scenario()).append(" | ")
                .append(figure.description()).append(" | ").append(number(figure.value())).append(' ')
                .append(figure.unit()).append(" |\n"));
        md.append("\n| scenario | target | measured | met |\n|---|---|---|---|\n");
        targets.forEach(target -> md.append("| ").append(target.scenario()).append(" | ").append(target.goal())
                .append(" | ").append(target.measured()).append(" | ").append(target.met() ? "yes" : "**no**")
                .append(" |\n"));
        return md.toString();
    }

    static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static String millis(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }
}
