package com.pilotledger.api.metric;

/**
 * The four metrics every production AI system is monitored on (task completion, output quality, cost per task,
 * human escalation), with the direction in which each gets better.
 */
public enum ProductionMetric {
    /** The percentage of requests that produce a usable output rather than an error, refusal or timeout. */
    TASK_COMPLETION_RATE("Task completion rate", MetricUnit.PERCENT, true),
    /** Automated evaluation of sampled outputs against a labeled reference set, 0 to 100. */
    OUTPUT_QUALITY_SCORE("Output quality score", MetricUnit.SCORE, true),
    /** Compute or token cost of one task, in the portfolio currency. */
    COST_PER_TASK("Cost per task", MetricUnit.CURRENCY, false),
    /** The percentage of outputs requiring human correction after the fact. */
    HUMAN_ESCALATION_RATE("Human escalation rate", MetricUnit.PERCENT, false);

    private final String label;
    private final MetricUnit unit;
    private final boolean higherIsBetter;

    ProductionMetric(String label, MetricUnit unit, boolean higherIsBetter) {
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    public String label() {
        return label;
    }

    public MetricUnit unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
