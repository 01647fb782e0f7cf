-- Read models of the projections. Rebuildable at any time from the event store: nothing here is a source of truth.

-- Portfolio board: one row per pilot.
CREATE TABLE board_pilot (
    pilot_id               VARCHAR(64)    NOT NULL,
    name                   VARCHAR(200)   NOT NULL,
    business_unit          VARCHAR(200)   NOT NULL,
    sponsor                VARCHAR(200)   NOT NULL,
    operational_owner      VARCHAR(200)   NOT NULL,
    status                 VARCHAR(20)    NOT NULL,
    authorized_posture     VARCHAR(30)    NOT NULL,
    recommended_posture    VARCHAR(30)    NOT NULL,
    operational_ownership  VARCHAR(20),
    governance_continuity  VARCHAR(20),
    deployment_sequencing  VARCHAR(20),
    production_economics   VARCHAR(20),
    operational_resilience VARCHAR(20),
    portfolio_coordination VARCHAR(20),
    currency               VARCHAR(3)     NOT NULL,
    capital_requested      NUMERIC(19, 2) NOT NULL,
    capital_authorized     NUMERIC(19, 2) NOT NULL,
    posture_since          TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_board_pilot PRIMARY KEY (pilot_id)
);
CREATE INDEX ix_board_pilot_name ON board_pilot (name);
CREATE INDEX ix_board_pilot_business_unit ON board_pilot (business_unit);
CREATE INDEX ix_board_pilot_owner ON board_pilot (operational_owner);
CREATE INDEX ix_board_pilot_posture ON board_pilot (authorized_posture);

-- Pilot detail: the business case and current recommendation, the latest reading per domain, every decision.
CREATE TABLE pilot_case (
    pilot_id                VARCHAR(64)   NOT NULL,
    problem_statement       VARCHAR(4000) NOT NULL,
    baseline_metric         VARCHAR(1000) NOT NULL,
    target_metric           VARCHAR(1000) NOT NULL,
    kill_criteria           VARCHAR(4000) NOT NULL,
    registered_by           VARCHAR(200)  NOT NULL,
    registered_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    recommended_posture     VARCHAR(30),
    policy_version          VARCHAR(20),
    deciding_domains        VARCHAR(400),
    recommendation_reason   VARCHAR(2000),
    recommended_since       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_pilot_case PRIMARY KEY (pilot_id)
);

CREATE TABLE pilot_reading (
    pilot_id     VARCHAR(64)    NOT NULL,
    domain       VARCHAR(40)    NOT NULL,
    level        VARCHAR(20)    NOT NULL,
    evidence     VARCHAR(4000)  NOT NULL,
    source       VARCHAR(400),
    observed_at  TIMESTAMP WITH TIME ZONE,
    metric_name  VARCHAR(200),
    metric_value NUMERIC(19, 4),
    metric_unit  VARCHAR(50),
    recorded_by  VARCHAR(200)   NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_pilot_reading PRIMARY KEY (pilot_id, domain)
);

CREATE TABLE pilot_decision (
    event_position         BIGINT         NOT NULL,
    pilot_id               VARCHAR(64)    NOT NULL,
    kind                   VARCHAR(20)    NOT NULL,
    posture                VARCHAR(30),
    currency               VARCHAR(3),
    capital                NUMERIC(19, 2),
    scope                  VARCHAR(4000),
    conditions             VARCHAR(4000),
    rationale              VARCHAR(4000)  NOT NULL,
    recommended_posture    VARCHAR(30),
    is_override            BOOLEAN        NOT NULL,
    override_justification VARCHAR(4000),
    decided_by             VARCHAR(200)   NOT NULL,
    decided_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_pilot_decision PRIMARY KEY (event_position)
);
CREATE INDEX ix_pilot_decision_pilot ON pilot_decision (pilot_id, event_position);

-- Audit history: every event in global order with who, when, a readable summary and the full payload.
CREATE TABLE audit_entry (
    global_index   BIGINT        NOT NULL,
    event_id       VARCHAR(255)  NOT NULL,
    pilot_id       VARCHAR(64),
    event_type     VARCHAR(100)  NOT NULL,
    actor          VARCHAR(200),
    correlation_id VARCHAR(255),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    summary        VARCHAR(2000) NOT NULL,
    payload        TEXT          NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (global_index)
);
CREATE INDEX ix_audit_entry_pilot ON audit_entry (pilot_id, global_index);
CREATE INDEX ix_audit_entry_type ON audit_entry (event_type, global_index);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, global_index);
