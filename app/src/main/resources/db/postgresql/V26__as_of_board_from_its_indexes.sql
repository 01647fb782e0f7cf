-- PostgreSQL only. The board and the capital as of an instant read every version in force then, to sort them and add
-- them up: at 10,000 pilots a few thousand versions, nearly each on a heap page of its own (a pilot's versions are
-- written as its events come, among everyone else's), read twice per board page (the page, then the totals). The two
-- indexes that find those versions now hold the columns those reads use (the query side's BoardRows.IN_FORCE_COLUMNS),
-- so they are read from the indexes alone: on a copy of the benchmark's versions, 300 index pages instead of 2,600
-- heap pages for one query. Each holds only its own versions: the open ones, and the closed ones (by span key).
DROP INDEX ix_board_pilot_version_open;
DROP INDEX ix_board_pilot_version_span;
CREATE INDEX ix_board_pilot_version_open ON board_pilot_version (valid_from)
    INCLUDE (event_position, pilot_id, business_unit, operational_owner, authorized_posture, recommended_posture,
             status, name_key, sponsor, authorized_rank, recommended_rank, capital_requested, capital_authorized,
             capital_committed, capital_frozen, posture_since, registered_at)
    WHERE valid_to IS NULL;
CREATE INDEX ix_board_pilot_version_span ON board_pilot_version (span_key, valid_from, valid_to)
    INCLUDE (event_position, pilot_id, business_unit, operational_owner, authorized_posture, recommended_posture,
             status, name_key, sponsor, authorized_rank, recommended_rank, capital_requested, capital_authorized,
             capital_committed, capital_frozen, posture_since, registered_at)
    WHERE span_key IS NOT NULL;
