package com.pilotledger.app.web;

import com.pilotledger.api.metric.ProductionMetric;

import java.util.List;

/**
 * One production metric of a pilot drawn as inline SVG on its page (coordinates in a {@value #WIDTH} x
 * {@value #HEIGHT} view box): the series as a line, each threshold as a labelled level, each breach as a mark, and
 * the same breaches in words beside it for readers who do not see the chart.
 */
public record MetricChart(ProductionMetric metric, String title, String unit, String line, List<Level> levels,
                          List<Mark> marks, List<Tick> ticks, String firstDay, String lastDay, String latest,
                          boolean truncated, List<String> breaches, String description) {

    public static final int WIDTH = 600;
    public static final int HEIGHT = 220;
    /** The plot area: room on the left for the value ticks, on the right for the threshold labels. */
    public static final int LEFT = 56;
    public static final int RIGHT = 430;
    public static final int TOP = 12;
    public static final int BOTTOM = 200;

    /** A threshold drawn across the plot: its name and value as the label, its kind as the CSS class. */
    public record Level(String label, String css, double y) {
    }

    /** A breach: where its point lies, and what it was in words (the mark's tooltip). */
    public record Mark(double x, double y, String title) {
    }

    /** A value on the vertical axis. */
    public record Tick(double y, String label) {
    }
}
