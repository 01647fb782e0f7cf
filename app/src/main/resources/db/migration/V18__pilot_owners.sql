-- The owners of each pilot, by sign-in name (at most FieldLimits.USERNAME characters), as the board projection of the
-- read-models processor keeps them: the pilot's page lists them, the board's "my pilots" filter looks a user's pilots
-- up by name. Only new events (PilotOwnerAssigned, PilotOwnerRemoved) fill it, so no view needs rebuilding.
CREATE TABLE pilot_owner (
    pilot_id VARCHAR(64)  NOT NULL,
    username VARCHAR(100) NOT NULL,
    CONSTRAINT pk_pilot_owner PRIMARY KEY (pilot_id, username)
);
CREATE INDEX ix_pilot_owner_username ON pilot_owner (username, pilot_id);
