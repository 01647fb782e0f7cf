-- Notifications (docs/architecture.md, "Notifications"): who can be reached, what they chose to receive, the webhook
-- subscriptions, and the outbox with its delivery log. None of it is a read model: nothing here is rebuilt from events.

-- The people the ledger can reach: the configured users at every start, and whoever signs in (single sign-on).
CREATE TABLE user_directory (
    username     VARCHAR(100)             NOT NULL,
    email        VARCHAR(320),
    -- the application roles, comma-separated (EXECUTIVE,PORTFOLIO_MANAGER)
    roles        VARCHAR(200)             NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_user_directory PRIMARY KEY (username)
);

-- A kind a user switched off (or on again); every kind without a row is on.
CREATE TABLE notification_preference (
    username VARCHAR(100) NOT NULL,
    kind     VARCHAR(40)  NOT NULL,
    enabled  BOOLEAN      NOT NULL,
    CONSTRAINT pk_notification_preference PRIMARY KEY (username, kind)
);

-- A receiver of webhooks, managed by administrators. The secret signs every delivery and is never shown back.
CREATE TABLE webhook_subscription (
    subscription_id VARCHAR(36)              NOT NULL,
    url             VARCHAR(2000)            NOT NULL,
    secret          VARCHAR(200)             NOT NULL,
    -- the kinds it receives, comma-separated
    kinds           VARCHAR(400)             NOT NULL,
    description     VARCHAR(200),
    created_by      VARCHAR(100)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_webhook_subscription PRIMARY KEY (subscription_id)
);

-- The outbox: one row per notification to one recipient over one channel. The id is derived from the dedup key
-- (event id, kind, channel, recipient), so an event delivered again to the notifications processor inserts nothing.
CREATE TABLE notification_delivery (
    delivery_id     VARCHAR(36)              NOT NULL,
    dedup_key       VARCHAR(400)             NOT NULL,
    event_id        VARCHAR(64)              NOT NULL,
    kind            VARCHAR(40)              NOT NULL,
    -- WEBHOOK or MAIL
    channel         VARCHAR(10)              NOT NULL,
    -- a subscription id (WEBHOOK) or a username (MAIL)
    recipient       VARCHAR(100)             NOT NULL,
    pilot_id        VARCHAR(64),
    request_id      VARCHAR(64),
    -- the JSON body of the notification as documented in docs/operations.md
    payload         VARCHAR(16000)           NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- PENDING, DELIVERED, FAILED (attempts used up), SKIPPED (no longer relevant when due)
    status          VARCHAR(10)              NOT NULL,
    attempts        INT                      DEFAULT 0 NOT NULL,
    -- failed attempts since the last success or re-send: they set the backoff and the limit
    failures        INT                      DEFAULT 0 NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the dispatcher that took it, until when; another instance takes it over once the lease lapsed
    claimed_by      VARCHAR(100),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_notification_delivery PRIMARY KEY (delivery_id),
    CONSTRAINT uq_notification_delivery_dedup UNIQUE (dedup_key)
);
CREATE INDEX ix_notification_delivery_due ON notification_delivery (status, next_attempt_at);
CREATE INDEX ix_notification_delivery_recipient ON notification_delivery (channel, recipient, created_at);

-- The delivery log: every attempt, its outcome, the receiver's status code or the error.
CREATE TABLE notification_attempt (
    delivery_id  VARCHAR(36)              NOT NULL,
    attempt      INT                      NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    succeeded    BOOLEAN                  NOT NULL,
    status_code  INT,
    error        VARCHAR(1000),
    CONSTRAINT pk_notification_attempt PRIMARY KEY (delivery_id, attempt)
);
