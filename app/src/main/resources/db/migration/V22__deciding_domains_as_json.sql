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
