-- The 90-day review of each scale decision, and what the approvals inbox shows of a request.
-- A request keeps what its maker wrote (scope, conditions, rationale, override, KPI projections), so a checker reads
-- it in the inbox. Read models are disposable: they are emptied and the processor's token forgotten, so they are
-- rebuilt from the events, with these columns filled, when the application next starts. (Tables created just before
-- by V13 to V16 are new, so still empty.)
DELETE FROM token_entry WHERE processor_name = 'read-models';
DELETE FROM board_pilot_version;
DELETE FROM board_pilot;
DELETE FROM pilot_case;
DELETE FROM pilot_reading;
DELETE FROM pilot_decision;
DELETE FROM pilot_metric;
DELETE FROM pilot_recommendation;
DELETE FROM pilot_signal;
DELETE FROM audit_entry;
DELETE FROM capital_settings;
DELETE FROM capital_budget;
DELETE FROM approval_limit;
DELETE FROM capital_pilot;
DELETE FROM capital_request;

ALTER TABLE capital_request ADD COLUMN scope VARCHAR(4000);
ALTER TABLE capital_request ADD COLUMN conditions VARCHAR(4000);
ALTER TABLE capital_request ADD COLUMN rationale VARCHAR(4000);
ALTER TABLE capital_request ADD COLUMN recommended_posture VARCHAR(30);
ALTER TABLE capital_request ADD COLUMN is_override BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE capital_request ADD COLUMN override_justification VARCHAR(4000);
-- metric=value;metric=value: at most four metrics, each value NUMERIC(19, 4).
ALTER TABLE capital_request ADD COLUMN kpi_projections VARCHAR(400);

-- One row per scale decision: scheduled, due (after 90 days), flagged overdue (14 days later), completed.
CREATE TABLE ninety_day_review (
    request_id      VARCHAR(64)   NOT NULL,
    pilot_id        VARCHAR(64)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    authorized_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    overdue_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    flagged_overdue BOOLEAN       DEFAULT FALSE NOT NULL,
    finding         VARCHAR(20),
    measured_from   TIMESTAMP WITH TIME ZONE,
    measured_to     TIMESTAMP WITH TIME ZONE,
    conclusion      VARCHAR(4000),
    reviewed_by     VARCHAR(200),
    completed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_ninety_day_review PRIMARY KEY (request_id)
);
CREATE INDEX ix_ninety_day_review_pilot ON ninety_day_review (pilot_id, authorized_at);

-- Each KPI projection of the decision, and once reviewed the median measured (a mean of two middle values of
-- NUMERIC(19, 4) points may have more fraction digits) and whether it met the projection.
CREATE TABLE ninety_day_review_kpi (
    request_id VARCHAR(64)    NOT NULL,
    metric     VARCHAR(40)    NOT NULL,
    projected  NUMERIC(21, 6) NOT NULL,
    measured   NUMERIC(21, 6),
    met        BOOLEAN,
    CONSTRAINT pk_ninety_day_review_kpi PRIMARY KEY (request_id, metric)
);
