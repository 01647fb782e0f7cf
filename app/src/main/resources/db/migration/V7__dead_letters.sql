-- Axon's sequenced dead-letter queue (JdbcSequencedDeadLetterQueue), one table for every processing group that
-- parks events: an event a handler cannot process waits here with the error, and so do the later events of the same
-- sequence (the same pilot) in the same group, until an administrator retries them. Column types follow Axon's
-- GenericDeadLetterTableFactory: times are ISO-8601 text (its converter reads them as strings), serialized data bytea.
CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255)  NOT NULL,
    processing_group     VARCHAR(255)  NOT NULL,
    sequence_identifier  VARCHAR(255)  NOT NULL,
    sequence_index       BIGINT        NOT NULL,
    message_type         VARCHAR(255)  NOT NULL,
    event_identifier     VARCHAR(255)  NOT NULL,
    time_stamp           VARCHAR(255)  NOT NULL,
    payload_type         VARCHAR(255)  NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA         NOT NULL,
    meta_data            BYTEA,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255)  NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT pk_dead_letter_entry PRIMARY KEY (dead_letter_id),
    CONSTRAINT uk_dead_letter_sequence UNIQUE (processing_group, sequence_identifier, sequence_index)
);
-- A pilot's views are stale while any group holds a letter of its sequence (see BoardRows).
CREATE INDEX ix_dead_letter_sequence ON dead_letter_entry (sequence_identifier);
