-- The four projections now run in one processor, "read-models" (one read of the store and one transaction per batch
-- for all of them). Read models are disposable: they are emptied here and the old processors' tokens forgotten, so
-- the new processor rebuilds them all from the events when the application next starts.
DELETE FROM token_entry WHERE processor_name IN ('portfolio-board', 'pilot-detail', 'audit-history', 'capital');
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
