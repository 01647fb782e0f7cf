-- Gate reviews (seed 002): each review with the person in each of the five stakeholder roles and, once concluded, the
-- status of each signal, the outcome and the roles that did not assess; each role's latest assessment of each signal;
-- the gap-closure plans of Conditional signals, flagged overdue or completed. Columns hold what the input accepts
-- (FieldLimits: names 200, written text 4000, identifiers 64). Emptied by the projection's reset on a replay.
CREATE TABLE gate_review (
    review_id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    pilot_id               VARCHAR(64)  NOT NULL,
    executive_sponsor      VARCHAR(200) NOT NULL,
    operational_lead       VARCHAR(200) NOT NULL,
    technology_lead        VARCHAR(200) NOT NULL,
    governance_lead        VARCHAR(200) NOT NULL,
    change_management_lead VARCHAR(200) NOT NULL,
    convened_by            VARCHAR(200) NOT NULL,
    convened_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome                VARCHAR(40),
    signal_statuses        VARCHAR(400),
    roles_not_assessed     VARCHAR(200),
    concluded_by           VARCHAR(200),
    concluded_at           TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_gate_review_pilot ON gate_review (pilot_id, convened_at);

CREATE TABLE gate_review_assessment (
    review_id   VARCHAR(64)   NOT NULL,
    role        VARCHAR(30)   NOT NULL,
    signal      VARCHAR(40)   NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    evidence    VARCHAR(4000) NOT NULL,
    participant VARCHAR(200)  NOT NULL,
    recorded_by VARCHAR(200)  NOT NULL,
    assessed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (review_id, role, signal)
);

CREATE TABLE gap_closure_plan (
    plan_id             VARCHAR(64)    NOT NULL PRIMARY KEY,
    review_id           VARCHAR(64)    NOT NULL,
    pilot_id            VARCHAR(64)    NOT NULL,
    signal              VARCHAR(40)    NOT NULL,
    action              VARCHAR(4000)  NOT NULL,
    owner               VARCHAR(200)   NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    currency            VARCHAR(3)     NOT NULL,
    investment          NUMERIC(19, 2) NOT NULL,
    overdue             BOOLEAN        NOT NULL,
    completed_at        TIMESTAMP WITH TIME ZONE,
    completed_by        VARCHAR(200),
    completion_evidence VARCHAR(4000)
);
CREATE INDEX ix_gap_closure_plan_pilot ON gap_closure_plan (pilot_id, due_at);
