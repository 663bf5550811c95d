-- A promotion case is public once it is announced or decided (docs/adr/0005-public-board-decided-cases.md).
-- decided_at: when the case reached its final outcome (REJECTED, NOT_ELIGIBLE or DECREED); null while it runs.
-- The board lists the latest public event first: decided_at, else announced_at.

ALTER TABLE promotion_case ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;

-- cases decided before this column existed: the time of their last decision on the trail (nothing is appended
-- after a case ends), or their creation if the trail is empty
UPDATE promotion_case SET decided_at = COALESCE(
        (SELECT MAX(a.occurred_at) FROM promotion_audit a
          WHERE a.process_instance_id = promotion_case.process_instance_id),
        created_at)
 WHERE status IN ('REJECTED', 'NOT_ELIGIBLE', 'DECREED');

CREATE INDEX idx_promotion_case_decided ON promotion_case (decided_at);
