-- The board at thousands of readers: totals per posture kept by the projection, and an index for every filter and
-- sort the board offers, so a page reads its 50 rows in order instead of sorting every matching pilot.

-- Sort keys as columns, so an index serves them (H2 indexes no expressions): the name as the board compares it (case
-- folded by the database, as before) and the rank of each posture from the most restrictive (0) to the most
-- permissive (2), as Posture declares them. Versions carry them too, so the board as of an instant sorts the same way.
-- Twice the name's 200 characters: folding to lower case can lengthen a name (Java and H2 fold U+0130 to two).
ALTER TABLE board_pilot ADD COLUMN name_key VARCHAR(400);
ALTER TABLE board_pilot ADD COLUMN authorized_rank SMALLINT;
ALTER TABLE board_pilot ADD COLUMN recommended_rank SMALLINT;
UPDATE board_pilot SET name_key = LOWER(name),
    authorized_rank = CASE authorized_posture WHEN 'PAUSE' THEN 0 WHEN 'CONTROLLED_INVESTMENT' THEN 1 ELSE 2 END,
    recommended_rank = CASE recommended_posture WHEN 'PAUSE' THEN 0 WHEN 'CONTROLLED_INVESTMENT' THEN 1 ELSE 2 END;
ALTER TABLE board_pilot ALTER COLUMN name_key SET NOT NULL;
ALTER TABLE board_pilot ALTER COLUMN authorized_rank SET NOT NULL;
ALTER TABLE board_pilot ALTER COLUMN recommended_rank SET NOT NULL;

ALTER TABLE board_pilot_version ADD COLUMN name_key VARCHAR(400);
ALTER TABLE board_pilot_version ADD COLUMN authorized_rank SMALLINT;
ALTER TABLE board_pilot_version ADD COLUMN recommended_rank SMALLINT;
UPDATE board_pilot_version SET name_key = LOWER(name),
    authorized_rank = CASE authorized_posture WHEN 'PAUSE' THEN 0 WHEN 'CONTROLLED_INVESTMENT' THEN 1 ELSE 2 END,
    recommended_rank = CASE recommended_posture WHEN 'PAUSE' THEN 0 WHEN 'CONTROLLED_INVESTMENT' THEN 1 ELSE 2 END;
ALTER TABLE board_pilot_version ALTER COLUMN name_key SET NOT NULL;
ALTER TABLE board_pilot_version ALTER COLUMN authorized_rank SET NOT NULL;
ALTER TABLE board_pilot_version ALTER COLUMN recommended_rank SET NOT NULL;

-- Per business unit, authorized posture and status: how many pilots and the capital they requested and were
-- authorized, as the board's GROUP BY over board_pilot would count them. Each board row remembers the group and the
-- capital it is counted with (counted_*), so a batch of events moves a changed pilot from the group it was counted in
-- to the one it stands in now, and a redelivered event, which changes no row, moves nothing (see the query side's
-- BoardTotals). A sum of NUMERIC(19, 2) amounts over any number of pilots fits NUMERIC(38, 2).
CREATE TABLE board_total (
    business_unit      VARCHAR(200)   NOT NULL,
    authorized_posture VARCHAR(30)    NOT NULL,
    status             VARCHAR(20)    NOT NULL,
    pilots             BIGINT         NOT NULL,
    capital_requested  NUMERIC(38, 2) NOT NULL,
    capital_authorized NUMERIC(38, 2) NOT NULL,
    CONSTRAINT pk_board_total PRIMARY KEY (business_unit, authorized_posture, status)
);
ALTER TABLE board_pilot ADD COLUMN counted_posture VARCHAR(30);
ALTER TABLE board_pilot ADD COLUMN counted_status VARCHAR(20);
ALTER TABLE board_pilot ADD COLUMN counted_requested NUMERIC(19, 2);
ALTER TABLE board_pilot ADD COLUMN counted_authorized NUMERIC(19, 2);
UPDATE board_pilot SET counted_posture = authorized_posture, counted_status = status,
    counted_requested = capital_requested, counted_authorized = capital_authorized;
-- Every business unit has a row for each posture with each status, counted to zero when no pilot stands there, as
-- the projection keeps them.
INSERT INTO board_total (business_unit, authorized_posture, status, pilots, capital_requested, capital_authorized)
SELECT u.business_unit, postures.posture, statuses.status, COUNT(p.pilot_id), COALESCE(SUM(p.capital_requested), 0),
    COALESCE(SUM(p.capital_authorized), 0)
FROM (SELECT DISTINCT business_unit FROM board_pilot) u
CROSS JOIN (SELECT 'PAUSE' AS posture UNION ALL SELECT 'CONTROLLED_INVESTMENT' UNION ALL SELECT 'AUTHORIZE_DEPLOYMENT') postures
CROSS JOIN (SELECT 'PROPOSED' AS status UNION ALL SELECT 'ACTIVE' UNION ALL SELECT 'PAUSED' UNION ALL SELECT 'KILLED') statuses
LEFT JOIN board_pilot p ON p.business_unit = u.business_unit AND p.authorized_posture = postures.posture
    AND p.status = statuses.status
GROUP BY u.business_unit, postures.posture, statuses.status;

-- Every sort alone, and after each equality filter the board offers that the data does not make selective (business
-- unit, posture, status), each ending in the tie-break (pilot_id, in the sort's direction): a page is read from the
-- index in order, 50 rows past its offset, whichever way it is sorted. The owner filter is an index of its own (a few
-- pilots each), "my pilots" is pilot_owner's, and the text filter (a substring anywhere) and "diverging" read the rows.
DROP INDEX ix_board_pilot_name;
DROP INDEX ix_board_pilot_business_unit;
DROP INDEX ix_board_pilot_posture;
DROP INDEX ix_board_pilot_owner;

CREATE INDEX ix_board_pilot_s_name ON board_pilot (name_key, pilot_id);
CREATE INDEX ix_board_pilot_s_unit ON board_pilot (business_unit, pilot_id);
CREATE INDEX ix_board_pilot_s_owner ON board_pilot (operational_owner, pilot_id);
CREATE INDEX ix_board_pilot_s_authorized ON board_pilot (authorized_rank, pilot_id);
CREATE INDEX ix_board_pilot_s_recommended ON board_pilot (recommended_rank, pilot_id);
CREATE INDEX ix_board_pilot_s_requested ON board_pilot (capital_requested, pilot_id);
CREATE INDEX ix_board_pilot_s_capital ON board_pilot (capital_authorized, pilot_id);
CREATE INDEX ix_board_pilot_s_since ON board_pilot (posture_since, pilot_id);
CREATE INDEX ix_board_pilot_s_registered ON board_pilot (registered_at, pilot_id);

CREATE INDEX ix_board_pilot_unit_name ON board_pilot (business_unit, name_key, pilot_id);
CREATE INDEX ix_board_pilot_unit_owner ON board_pilot (business_unit, operational_owner, pilot_id);
CREATE INDEX ix_board_pilot_unit_authorized ON board_pilot (business_unit, authorized_rank, pilot_id);
CREATE INDEX ix_board_pilot_unit_recommended ON board_pilot (business_unit, recommended_rank, pilot_id);
CREATE INDEX ix_board_pilot_unit_requested ON board_pilot (business_unit, capital_requested, pilot_id);
CREATE INDEX ix_board_pilot_unit_capital ON board_pilot (business_unit, capital_authorized, pilot_id);
CREATE INDEX ix_board_pilot_unit_since ON board_pilot (business_unit, posture_since, pilot_id);
CREATE INDEX ix_board_pilot_unit_registered ON board_pilot (business_unit, registered_at, pilot_id);

CREATE INDEX ix_board_pilot_posture_id ON board_pilot (authorized_posture, pilot_id);
CREATE INDEX ix_board_pilot_posture_name ON board_pilot (authorized_posture, name_key, pilot_id);
CREATE INDEX ix_board_pilot_posture_unit ON board_pilot (authorized_posture, business_unit, pilot_id);
CREATE INDEX ix_board_pilot_posture_owner ON board_pilot (authorized_posture, operational_owner, pilot_id);
CREATE INDEX ix_board_pilot_posture_recommended ON board_pilot (authorized_posture, recommended_rank, pilot_id);
CREATE INDEX ix_board_pilot_posture_requested ON board_pilot (authorized_posture, capital_requested, pilot_id);
CREATE INDEX ix_board_pilot_posture_capital ON board_pilot (authorized_posture, capital_authorized, pilot_id);
CREATE INDEX ix_board_pilot_posture_since ON board_pilot (authorized_posture, posture_since, pilot_id);
CREATE INDEX ix_board_pilot_posture_registered ON board_pilot (authorized_posture, registered_at, pilot_id);

CREATE INDEX ix_board_pilot_status_id ON board_pilot (status, pilot_id);
CREATE INDEX ix_board_pilot_status_name ON board_pilot (status, name_key, pilot_id);
CREATE INDEX ix_board_pilot_status_unit ON board_pilot (status, business_unit, pilot_id);
CREATE INDEX ix_board_pilot_status_owner ON board_pilot (status, operational_owner, pilot_id);
CREATE INDEX ix_board_pilot_status_authorized ON board_pilot (status, authorized_rank, pilot_id);
CREATE INDEX ix_board_pilot_status_recommended ON board_pilot (status, recommended_rank, pilot_id);
CREATE INDEX ix_board_pilot_status_requested ON board_pilot (status, capital_requested, pilot_id);
CREATE INDEX ix_board_pilot_status_capital ON board_pilot (status, capital_authorized, pilot_id);
CREATE INDEX ix_board_pilot_status_since ON board_pilot (status, posture_since, pilot_id);
CREATE INDEX ix_board_pilot_status_registered ON board_pilot (status, registered_at, pilot_id);
