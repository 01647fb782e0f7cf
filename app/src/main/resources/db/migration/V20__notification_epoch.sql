-- When notifications first started on this ledger: the notifications processor reads the store from its beginning and
-- notifies only of events from this instant on (docs/architecture.md, "Notifications"). One row, written once.
CREATE TABLE notification_epoch (
    epoch_id   INTEGER                  NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_notification_epoch PRIMARY KEY (epoch_id)
);
