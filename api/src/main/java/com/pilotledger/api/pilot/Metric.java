package com.pilotledger.api.pilot;

import java.math.BigDecimal;

/** One measured production metric that backs a signal, e.g. task completion rate 0.92 ratio. */
public record Metric(String name, BigDecimal value, String unit) {
}
