-- The domains that decided a recommendation are kept as a JSON array of their names, in the policy's order
-- (["OPERATIONAL_OWNERSHIP","GOVERNANCE_CONTINUITY"]), instead of the names joined by commas. Domain names hold
-- neither commas nor quotes, so the rows already stored are converted in place and no rebuild is needed; an empty
-- list (stored as '') becomes []. All six names take 146 characters as JSON, inside the columns' VARCHAR(400).
UPDATE pilot_case SET deciding_domains = CASE WHEN deciding_domains = '' THEN '[]'
    ELSE '["' || REPLACE(deciding_domains, ',', '","') || '"]' END
WHERE deciding_domains IS NOT NULL;
UPDATE pilot_recommendation SET deciding_domains = CASE WHEN deciding_domains = '' THEN '[]'
    ELSE '["' || REPLACE(deciding_domains, ',', '","') || '"]' END
WHERE deciding_domains IS NOT NULL;

-- A pilot's recommendations, readings, metrics and decisions are keyed by the pilot and the event's sequence number in
-- the pilot's own stream (every one is the Pilot aggregate's own event), no longer by the event's global position:
-- within a pilot the order is the same, and the keys no longer depend on where the store puts an event among all
-- others. The rows already stored take the sequence number of the event at their position, so no rebuild is needed.
ALTER TABLE pilot_recommendation ADD COLUMN sequence_number BIGINT;
UPDATE pilot_recommendation SET sequence_number = (SELECT e.sequence_number FROM domain_event_entry e
    WHERE e.global_index = pilot_recommendation.event_position);
ALTER TABLE pilot_recommendation DROP CONSTRAINT pk_pilot_recommendation;
DROP INDEX ix_pilot_recommendation_pilot;
ALTER TABLE pilot_recommendation DROP COLUMN event_position;
ALTER TABLE pilot_recommendation ALTER COLUMN sequence_number SET NOT NULL;
ALTER TABLE pilot_recommendation ADD CONSTRAINT pk_pilot_recommendation PRIMARY KEY (pilot_id, sequence_number);
CREATE INDEX ix_pilot_recommendation_pilot ON pilot_recommendation (pilot_id, changed_at, sequence_number);

ALTER TABLE pilot_signal ADD COLUMN sequence_number BIGINT;
UPDATE pilot_signal SET sequence_number = (SELECT e.sequence_number FROM domain_event_entry e
    WHERE e.global_index = pilot_signal.event_position);
ALTER TABLE pilot_signal DROP CONSTRAINT pk_pilot_signal;
DROP INDEX ix_pilot_signal_pilot;
ALTER TABLE pilot_signal DROP COLUMN event_position;
ALTER TABLE pilot_signal ALTER COLUMN sequence_number SET NOT NULL;
ALTER TABLE pilot_signal ADD CONSTRAINT pk_pilot_signal PRIMARY KEY (pilot_id, sequence_number);
CREATE INDEX ix_pilot_signal_pilot ON pilot_signal (pilot_id, domain, observed_at, sequence_number);

ALTER TABLE pilot_metric ADD COLUMN sequence_number BIGINT;
UPDATE pilot_metric SET sequence_number = (SELECT e.sequence_number FROM domain_event_entry e
    WHERE e.global_index = pilot_metric.event_position);
ALTER TABLE pilot_metric DROP CONSTRAINT pk_pilot_metric;
ALTER TABLE pilot_metric DROP COLUMN event_position;
ALTER TABLE pilot_metric ALTER COLUMN sequence_number SET NOT NULL;
ALTER TABLE pilot_metric ADD CONSTRAINT pk_pilot_metric PRIMARY KEY (pilot_id, sequence_number);

-- The primary key (pilot, sequence) now serves a pilot's decisions in order, as ix_pilot_decision_pilot did.
ALTER TABLE pilot_decision ADD COLUMN sequence_number BIGINT;
UPDATE pilot_decision SET sequence_number = (SELECT e.sequence_number FROM domain_event_entry e
    WHERE e.global_index = pilot_decision.event_position);
ALTER TABLE pilot_decision DROP CONSTRAINT pk_pilot_decision;
DROP INDEX ix_pilot_decision_pilot;
ALTER TABLE pilot_decision DROP COLUMN event_position;
ALTER TABLE pilot_decision ALTER COLUMN sequence_number SET NOT NULL;
ALTER TABLE pilot_decision ADD CONSTRAINT pk_pilot_decision PRIMARY KEY (pilot_id, sequence_number);

-- The counting reading keeps its event's sequence number for the tie between two observed at the same instant.
ALTER TABLE pilot_reading ADD COLUMN sequence_number BIGINT;
UPDATE pilot_reading SET sequence_number = (SELECT e.sequence_number FROM domain_event_entry e
    WHERE e.global_index = pilot_reading.event_position);
ALTER TABLE pilot_reading DROP COLUMN event_position;
ALTER TABLE pilot_reading ALTER COLUMN sequence_number SET NOT NULL;
