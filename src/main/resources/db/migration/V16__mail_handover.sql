-- Each mail is handed to the SMTP relay on its own (issue 11): the handover is recorded in a commit of its own
-- before the mail leaves, and sent_at in another as soon as the relay has answered 250. A row with a handover
-- but no sent_at is "in doubt": the relay may have accepted it just before a crash or a database cut. It is
-- sent again (after its lease, handover-lease) with the same Message-ID, so the duplicate a crash can cause is
-- at most this one mail, and a receiver can recognise it. A row with sent_at is never sent again.
--   message_id        the Message-ID header, fixed at the first handover (docs/operations.md "Mail")
--   handover_attempt  which sending attempt holds the row (one per run of the sending step)
--   handover_at       when that attempt took it; another attempt may take it only after the lease
--   handovers         how often the row was taken for handing over; above 1 the receiver may hold two copies
ALTER TABLE mail_outbox ADD COLUMN message_id VARCHAR(250);
ALTER TABLE mail_outbox ADD COLUMN handover_attempt VARCHAR(36);
ALTER TABLE mail_outbox ADD COLUMN handover_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE mail_outbox ADD COLUMN handovers INTEGER DEFAULT 0 NOT NULL;
-- one row, one Message-ID: two rows can never be deduplicated into one mail by a receiver
CREATE UNIQUE INDEX uq_mail_outbox_message_id ON mail_outbox (message_id);
