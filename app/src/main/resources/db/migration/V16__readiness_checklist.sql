-- The readiness checklist: every assessment of a pilot's checklist items, keyed by its event's position in the store,
-- so the latest assessment of each item (today, or by an instant for the as-of pilot page) is the last one in event
-- order, the order in which the pilot took them, and a replay rebuilds the same rows.
CREATE TABLE pilot_checklist_assessment (
    event_position BIGINT        NOT NULL,
    pilot_id       VARCHAR(64)   NOT NULL,
    criterion      VARCHAR(60)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    evidence       VARCHAR(4000) NOT NULL,
    assessed_by    VARCHAR(200)  NOT NULL,
    assessed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_pilot_checklist_assessment PRIMARY KEY (event_position)
);
CREATE INDEX ix_pilot_checklist_assessment_pilot ON pilot_checklist_assessment (pilot_id, event_position);

-- The table joins the read models' processor, which is past the events already stored: the read models are emptied
-- and its token forgotten, so all of them, this one included, are rebuilt from the events when the application next
-- starts (as V11 did).
DELETE FROM token_entry WHERE processor_name = 'read-models';
DELETE FROM board_pilot_version;
DELETE FROM board_pilot;
DELETE FROM pilot_recommendation;
DELETE FROM pilot_signal;
DELETE FROM pilot_case;
DELETE FROM pilot_reading;
DELETE FROM pilot_decision;
DELETE FROM pilot_metric;
DELETE FROM audit_entry;
DELETE FROM capital_budget;
DELETE FROM capital_settings;
DELETE FROM approval_limit;
DELETE FROM capital_pilot;
DELETE FROM capital_request;
