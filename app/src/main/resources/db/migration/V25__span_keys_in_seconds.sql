-- Span keys in windows of 2^level seconds instead of hours (the query side's VersionSpans). With windows of an hour
-- at least, the versions of a burst of events (an import; the benchmark's history of a quarter of an hour) all shared
-- one or two keys, so the board as of any instant of the burst read every version (4.45 requests/s at 10,000 pilots).
-- Every closed version gets the key VersionSpans gives it: first its level, the smallest with 2^level seconds at least
-- its length in whole seconds plus one, then that level's window of its start, counted from the epoch. Dividing by a
-- power of two is exact in floating point for these magnitudes, so both databases compute the same keys as Java does.
UPDATE board_pilot_version SET span_key = CASE
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 1 THEN 0
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 2 THEN 1
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 4 THEN 2
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 8 THEN 3
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 16 THEN 4
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 32 THEN 5
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 64 THEN 6
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 128 THEN 7
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 256 THEN 8
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 512 THEN 9
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 1024 THEN 10
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 2048 THEN 11
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 4096 THEN 12
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 8192 THEN 13
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 16384 THEN 14
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 32768 THEN 15
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 65536 THEN 16
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 131072 THEN 17
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 262144 THEN 18
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 524288 THEN 19
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 1048576 THEN 20
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 2097152 THEN 21
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 4194304 THEN 22
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 8388608 THEN 23
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 16777216 THEN 24
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 33554432 THEN 25
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 67108864 THEN 26
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 134217728 THEN 27
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 268435456 THEN 28
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 536870912 THEN 29
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 1073741824 THEN 30
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 2147483648 THEN 31
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 4294967296 THEN 32
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 8589934592 THEN 33
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 17179869184 THEN 34
    WHEN FLOOR(EXTRACT(EPOCH FROM valid_to)) - FLOOR(EXTRACT(EPOCH FROM valid_from)) + 1 <= 34359738368 THEN 35
END
WHERE valid_to IS NOT NULL;
UPDATE board_pilot_version SET span_key = span_key * 1099511627776
    + CAST(FLOOR(FLOOR(EXTRACT(EPOCH FROM valid_from)) / POWER(2, span_key)) AS BIGINT)
WHERE valid_to IS NOT NULL;
