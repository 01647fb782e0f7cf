-- Every measured metric a signal carried, for the pilot page's charts over time.
CREATE TABLE pilot_metric (
    event_position BIGINT         NOT NULL,
    pilot_id       VARCHAR(64)    NOT NULL,
    domain         VARCHAR(40)    NOT NULL,
    name           VARCHAR(200)   NOT NULL,
    metric_value   NUMERIC(19, 4) NOT NULL,
    unit           VARCHAR(50),
    observed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_pilot_metric PRIMARY KEY (event_position)
);
CREATE INDEX ix_pilot_metric_pilot ON pilot_metric (pilot_id, name, observed_at);
