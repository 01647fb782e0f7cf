-- A request's reason is written by people (up to 4,000 characters, FieldLimits.WRITTEN_TEXT) and sometimes prefixed
-- by the process that closes the request: "Rejected by <user, at most 100 characters>: <reason>", "Pilot killed:
-- <reason>". VARCHAR(4000) could not hold the prefixed text, and the projection stalled on it. 4,400 holds every
-- prefix the command side writes.
ALTER TABLE capital_request ALTER COLUMN reason SET DATA TYPE VARCHAR(4400);
