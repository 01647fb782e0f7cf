-- Production metrics (seed 004): every point a monitoring system sent, the thresholds in force per pilot and metric,
-- and every breach detected. Rebuilt from the events like every read model (the projection's reset empties them).

-- One row per point, keyed by its event's position and its place in the batch, so a redelivered batch adds nothing
-- and a replay gives the same keys. 10,000 pilots x 4 metrics x a point every few minutes is billions of rows over
-- the years: the row holds only what a chart and a median need.
CREATE TABLE metric_point (
    event_position BIGINT         NOT NULL,
    point_index    INTEGER        NOT NULL,
    pilot_id       VARCHAR(64)    NOT NULL,
    metric         VARCHAR(30)    NOT NULL,
    metric_value   NUMERIC(19, 4) NOT NULL,
    observed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_metric_point PRIMARY KEY (event_position, point_index)
);
-- A pilot's series of one metric over a period (the chart, the medians): a range scan of this index.
CREATE INDEX ix_metric_point_series ON metric_point (pilot_id, metric, observed_at);

-- The thresholds in force: the latest set per pilot and metric (by event position). Six decimals: a threshold may
-- be derived (a median, a percentage of it), not only typed.
CREATE TABLE metric_threshold (
    pilot_id           VARCHAR(64)    NOT NULL,
    metric             VARCHAR(30)    NOT NULL,
    baseline           NUMERIC(25, 6),
    target             NUMERIC(25, 6),
    minimum_acceptable NUMERIC(25, 6),
    kill_threshold     NUMERIC(25, 6),
    set_by             VARCHAR(200)   NOT NULL,
    set_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    event_position     BIGINT         NOT NULL,
    CONSTRAINT pk_metric_threshold PRIMARY KEY (pilot_id, metric)
);

-- Every breach, with the point that made it, the level it crossed (for a regression, derived from the recent
-- median: six decimals) and the evidence in words.
CREATE TABLE metric_breach (
    event_position BIGINT         NOT NULL,
    pilot_id       VARCHAR(64)    NOT NULL,
    metric         VARCHAR(30)    NOT NULL,
    kind           VARCHAR(30)    NOT NULL,
    limit_value    NUMERIC(25, 6),
    metric_value   NUMERIC(19, 4) NOT NULL,
    observed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    evidence       VARCHAR(4000)  NOT NULL,
    detected_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_metric_breach PRIMARY KEY (event_position)
);
CREATE INDEX ix_metric_breach_pilot ON metric_breach (pilot_id, metric, observed_at);
