-- As-of views: the read models keep their history, each version valid from one business instant to the next, so the
-- board, a pilot, the capital and the comparison can be answered as they stood at any instant.

-- Every version of a pilot's board row: a copy of board_pilot after each event that changed it, valid from that
-- event's business instant (clamped so a pilot's versions never overlap) until the next version (valid_to null: the
-- version in force now). One event changes one pilot's row, so its position identifies the version.
CREATE TABLE board_pilot_version (
    event_position         BIGINT         NOT NULL,
    valid_from             TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to               TIMESTAMP WITH TIME ZONE,
    span_key               BIGINT,
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
    capital_committed      NUMERIC(19, 2) NOT NULL,
    capital_frozen         BOOLEAN        NOT NULL,
    posture_since          TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_board_pilot_version PRIMARY KEY (event_position)
);
-- Finding a pilot's open version (valid_to null) to close it, and one pilot as of an instant.
CREATE INDEX ix_board_pilot_version_pilot ON board_pilot_version (pilot_id, valid_to);
-- The board as of T: the open versions begun by T, and the closed ones by the span keys that can hold T (a closed
-- version's level and time window, see the query side's VersionSpans). valid_from <= T AND valid_to > T alone reads
-- half of all versions for a T in the middle of the history, whichever of the two an index serves.
CREATE INDEX ix_board_pilot_version_open ON board_pilot_version (valid_to, valid_from);
-- With both times in the index, the closed versions in force are told from the other candidates without the table.
CREATE INDEX ix_board_pilot_version_span ON board_pilot_version (span_key, valid_from, valid_to);

-- Every recommendation a pilot was given, in force from its changed_at until the next one.
CREATE TABLE pilot_recommendation (
    event_position        BIGINT        NOT NULL,
    pilot_id              VARCHAR(64)   NOT NULL,
    recommended_posture   VARCHAR(30)   NOT NULL,
    policy_version        VARCHAR(20),
    deciding_domains      VARCHAR(400),
    recommendation_reason VARCHAR(2000),
    changed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_pilot_recommendation PRIMARY KEY (event_position)
);
CREATE INDEX ix_pilot_recommendation_pilot ON pilot_recommendation (pilot_id, changed_at, event_position);

-- Every reading ever recorded, with both times: observed (when it was true; the recording time for old events that
-- had none) and recorded (when the ledger learned it). The reading that counts per domain as of T is the latest
-- observed at or before T, a tie won by the later event; "as known on T1" also requires recorded_at <= T1.
CREATE TABLE pilot_signal (
    event_position BIGINT         NOT NULL,
    pilot_id       VARCHAR(64)    NOT NULL,
    domain         VARCHAR(40)    NOT NULL,
    level          VARCHAR(20)    NOT NULL,
    evidence       VARCHAR(4000)  NOT NULL,
    source         VARCHAR(400),
    observed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    metric_name    VARCHAR(200),
    metric_value   NUMERIC(19, 4),
    metric_unit    VARCHAR(50),
    recorded_by    VARCHAR(200)   NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_pilot_signal PRIMARY KEY (event_position)
);
CREATE INDEX ix_pilot_signal_pilot ON pilot_signal (pilot_id, domain, observed_at, event_position);

-- Every budget the portfolio had, in force from its set_at until the next one.
CREATE TABLE capital_budget (
    event_position BIGINT         NOT NULL,
    currency       VARCHAR(3)     NOT NULL,
    budget         NUMERIC(19, 2) NOT NULL,
    set_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_capital_budget PRIMARY KEY (event_position)
);

-- A request's reservation keeps its amount and the business instants it was held between, so the capital reserved
-- as of T is the sum of the reservations held at T (reserved itself drops to 0 when the reservation ends).
ALTER TABLE capital_request ADD COLUMN reservation NUMERIC(19, 2) DEFAULT 0 NOT NULL;
ALTER TABLE capital_request ADD COLUMN reserved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE capital_request ADD COLUMN released_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_capital_request_reserved ON capital_request (reserved_at);

-- No emptying here: V11, which always runs just before this one, empties every read model and forgets the
-- processor's token, so these tables fill with the rest from the events on the next start.
