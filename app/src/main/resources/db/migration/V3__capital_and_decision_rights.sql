-- Capital, decision rights and four-eyes approval.

-- Axon sagas (the authorization process), in the same database as everything else.
CREATE TABLE saga_entry (
    saga_id         VARCHAR(255) NOT NULL,
    revision        VARCHAR(255),
    saga_type       VARCHAR(255),
    serialized_saga BYTEA,
    CONSTRAINT pk_saga_entry PRIMARY KEY (saga_id)
);

CREATE TABLE association_value_entry (
    id                BIGSERIAL    NOT NULL,
    association_key   VARCHAR(255) NOT NULL,
    association_value VARCHAR(255),
    saga_id           VARCHAR(255) NOT NULL,
    saga_type         VARCHAR(255),
    CONSTRAINT pk_association_value_entry PRIMARY KEY (id)
);
CREATE INDEX ix_association_value_saga ON association_value_entry (saga_type, association_key, association_value);
CREATE INDEX ix_association_value_saga_id ON association_value_entry (saga_id, saga_type);

-- Persistent deadlines (db-scheduler): an approval window still closes after a restart, on exactly one instance.
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    CONSTRAINT pk_scheduled_tasks PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX ix_scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX ix_scheduled_tasks_priority_time ON scheduled_tasks (priority DESC, execution_time ASC);

-- The board shows what each pilot holds of the pool.
ALTER TABLE board_pilot ADD COLUMN capital_committed NUMERIC(19, 2) DEFAULT 0 NOT NULL;
ALTER TABLE board_pilot ADD COLUMN capital_frozen BOOLEAN DEFAULT FALSE NOT NULL;

-- A decision names who decided under which limit, and who approved it under four-eyes.
ALTER TABLE pilot_decision ADD COLUMN request_id VARCHAR(64);
ALTER TABLE pilot_decision ADD COLUMN decider_holder VARCHAR(250);
ALTER TABLE pilot_decision ADD COLUMN decider_limit NUMERIC(19, 2);
ALTER TABLE pilot_decision ADD COLUMN approved_by VARCHAR(200);
ALTER TABLE pilot_decision ADD COLUMN approver_holder VARCHAR(250);
ALTER TABLE pilot_decision ADD COLUMN approver_limit NUMERIC(19, 2);

-- Capital view: the decision rights, each pilot's share of the pool, and every authorization request.
CREATE TABLE capital_settings (
    portfolio_id        VARCHAR(64)    NOT NULL,
    currency            VARCHAR(3),
    budget              NUMERIC(19, 2),
    four_eyes_threshold NUMERIC(19, 2),
    approval_window     VARCHAR(40),
    CONSTRAINT pk_capital_settings PRIMARY KEY (portfolio_id)
);

CREATE TABLE approval_limit (
    holder_kind VARCHAR(10)    NOT NULL,
    holder      VARCHAR(200)   NOT NULL,
    currency    VARCHAR(3)     NOT NULL,
    amount      NUMERIC(19, 2) NOT NULL,
    set_by      VARCHAR(200)   NOT NULL,
    reason      VARCHAR(4000)  NOT NULL,
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_approval_limit PRIMARY KEY (holder_kind, holder)
);

CREATE TABLE capital_pilot (
    pilot_id           VARCHAR(64)    NOT NULL,
    name               VARCHAR(200)   NOT NULL,
    business_unit      VARCHAR(200)   NOT NULL,
    authorized_posture VARCHAR(30)    NOT NULL,
    committed          NUMERIC(19, 2) NOT NULL,
    frozen             BOOLEAN        NOT NULL,
    CONSTRAINT pk_capital_pilot PRIMARY KEY (pilot_id)
);

CREATE TABLE capital_request (
    request_id               VARCHAR(64)    NOT NULL,
    pilot_id                 VARCHAR(64)    NOT NULL,
    posture                  VARCHAR(30)    NOT NULL,
    currency                 VARCHAR(3)     NOT NULL,
    total                    NUMERIC(19, 2) NOT NULL,
    reserved                 NUMERIC(19, 2) NOT NULL,
    maker                    VARCHAR(200)   NOT NULL,
    status                   VARCHAR(20)    NOT NULL,
    second_approval_required BOOLEAN        NOT NULL,
    decided_by               VARCHAR(200),
    code                     VARCHAR(60),
    reason                   VARCHAR(4000),
    facts                    VARCHAR(2000),
    requested_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at               TIMESTAMP WITH TIME ZONE,
    decided_at               TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_capital_request PRIMARY KEY (request_id)
);
CREATE INDEX ix_capital_request_status ON capital_request (status, requested_at);
