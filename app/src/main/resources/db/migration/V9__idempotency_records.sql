-- Idempotency-Key: the first request of every key (per user and endpoint) and, once answered, its answer, shared by
-- every instance (docs/operations.md, "Idempotency"). A record is in flight while leased_until is set.
CREATE TABLE idempotency_record (
    -- SHA-256 (hex) of user, method, path and key: the key's identity
    scope                 CHAR(64)                 NOT NULL,
    actor                 VARCHAR(255)             NOT NULL,
    http_method           VARCHAR(10)              NOT NULL,
    path                  VARCHAR(8192)            NOT NULL,
    idempotency_key       VARCHAR(128)             NOT NULL,
    -- SHA-256 (hex) of method, path, parameters and body: the same key must come with the same request
    fingerprint           CHAR(64)                 NOT NULL,
    -- Who holds the record now; a retry that takes over a lapsed claim replaces it
    claim_token           CHAR(36)                 NOT NULL,
    leased_until          TIMESTAMP WITH TIME ZONE,
    response_status       INT,
    response_location     VARCHAR(8192),
    response_content_type VARCHAR(255),
    response_body         BYTEA,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_record PRIMARY KEY (scope)
);
CREATE INDEX ix_idempotency_record_expires_at ON idempotency_record (expires_at);
