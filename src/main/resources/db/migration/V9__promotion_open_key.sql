-- One open promotion case per business key <nip>:<promotionType>:<target> (issue 9), whatever the concurrency.
-- open_key holds the business key while the case runs and is cleared when it ends (NOT_ELIGIBLE, REJECTED,
-- DECREED); a unique constraint allows any number of NULLs on H2 and PostgreSQL, so ended cases never block a
-- new nomination while two open ones cannot both be committed: the second insert fails and its start rolls back.

ALTER TABLE promotion_case ADD COLUMN open_key VARCHAR(200);

-- cases still open before this column existed: one per key holds it (the earliest registered); duplicates that
-- races left behind stay without open key, to be ended by BKPSDM
UPDATE promotion_case SET open_key = business_key
 WHERE status NOT IN ('NOT_ELIGIBLE', 'REJECTED', 'DECREED')
   AND process_instance_id = (SELECT MIN(o.process_instance_id) FROM promotion_case o
                               WHERE o.business_key = promotion_case.business_key
                                 AND o.status NOT IN ('NOT_ELIGIBLE', 'REJECTED', 'DECREED')
                                 AND o.created_at = (SELECT MIN(f.created_at) FROM promotion_case f
                                                      WHERE f.business_key = promotion_case.business_key
                                                        AND f.status NOT IN ('NOT_ELIGIBLE', 'REJECTED', 'DECREED')));

ALTER TABLE promotion_case ADD CONSTRAINT uq_promotion_case_open_key UNIQUE (open_key);
