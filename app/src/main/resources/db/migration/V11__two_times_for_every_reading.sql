-- Two times for every reading, two time bases for the audit.
-- Per domain, the reading that counts is the latest observation, ties to the later event: the board keeps, beside each
-- domain's level, when that reading was observed and its event's position, so a late older reading never replaces it.
-- The pilot's reading keeps its event's position for the same tie. The audit keeps each event's business time (when
-- it happened: observed, decided, requested...) beside occurred_at, the time the store recorded it.
-- Read models are disposable: they are emptied and the processor's token forgotten, so they are rebuilt from the
-- events, with these columns filled, when the application next starts.
DELETE FROM token_entry WHERE processor_name = 'read-models';
DELETE FROM board_pilot;
DELETE FROM pilot_case;
DELETE FROM pilot_reading;
DELETE FROM pilot_decision;
DELETE FROM pilot_metric;
DELETE FROM audit_entry;
DELETE FROM capital_settings;
DELETE FROM approval_limit;
DELETE FROM capital_pilot;
DELETE FROM capital_request;

ALTER TABLE board_pilot ADD COLUMN operational_ownership_observed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE board_pilot ADD COLUMN operational_ownership_position BIGINT;
ALTER TABLE board_pilot ADD COLUMN governance_continuity_observed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE board_pilot ADD COLUMN governance_continuity_position BIGINT;
ALTER TABLE board_pilot ADD COLUMN deployment_sequencing_observed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE board_pilot ADD COLUMN deployment_sequencing_position BIGINT;
ALTER TABLE board_pilot ADD COLUMN production_economics_observed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE board_pilot ADD COLUMN production_economics_position BIGINT;
ALTER TABLE board_pilot ADD COLUMN operational_resilience_observed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE board_pilot ADD COLUMN operational_resilience_position BIGINT;
ALTER TABLE board_pilot ADD COLUMN portfolio_coordination_observed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE board_pilot ADD COLUMN portfolio_coordination_position BIGINT;

ALTER TABLE pilot_reading ADD COLUMN event_position BIGINT NOT NULL;

ALTER TABLE audit_entry ADD COLUMN business_time TIMESTAMP WITH TIME ZONE NOT NULL;
-- The audit list filters a time range on either basis and lists in global order.
CREATE INDEX ix_audit_entry_business_time ON audit_entry (business_time, global_index);
CREATE INDEX ix_audit_entry_recorded_at ON audit_entry (occurred_at, global_index);
