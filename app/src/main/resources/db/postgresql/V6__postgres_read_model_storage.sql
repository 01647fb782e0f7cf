-- PostgreSQL only (the postgres profile adds this folder to Flyway's locations).
-- Read-model rows are rewritten by nearly every event: a pilot's board row and case once per signal or
-- recommendation. Free room in each page lets such an update stay on its page (a HOT update): no index entry is added
-- and the old version is pruned on the next visit. Full pages made every update a new tuple elsewhere, and the dead
-- versions piled up faster than autovacuum cleared them (after a rebuild, 100,000 dead tuples behind 4,000 board rows,
-- and a board page took 80 ms to read). Autovacuum and statistics also run sooner on these tables.
ALTER TABLE board_pilot SET (fillfactor = 50, autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE pilot_case SET (fillfactor = 60, autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE pilot_reading SET (fillfactor = 60, autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE capital_pilot SET (fillfactor = 60, autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE capital_request SET (fillfactor = 60, autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
