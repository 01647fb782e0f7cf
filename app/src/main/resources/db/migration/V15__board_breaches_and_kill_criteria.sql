-- The board's badges "threshold breached" and "kill criteria met": per pilot (and in each version of its row, for the
-- board as of an instant) when a production metric last breached and the evidence, and the latest kill criterion met.
-- The events these columns come from (MetricThresholdBreached, KillCriterionMet) are new with this migration: no event
-- stored before it has any, so the columns start empty and the read models need no rebuild.
-- The texts are the pilot's own words (a metric, a value, an instant, a threshold), a few hundred characters at most.
ALTER TABLE board_pilot ADD COLUMN last_breach_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE board_pilot ADD COLUMN last_breach VARCHAR(1000);
ALTER TABLE board_pilot ADD COLUMN kill_criteria_met VARCHAR(1000);
ALTER TABLE board_pilot_version ADD COLUMN last_breach_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE board_pilot_version ADD COLUMN last_breach VARCHAR(1000);
ALTER TABLE board_pilot_version ADD COLUMN kill_criteria_met VARCHAR(1000);
