-- Outreach (org.relance.outreach): a plan's written notices to the debtor (the reminder before an
-- instalment, the missed instalment) are held to the same contact rules as the ladder's messages and
-- counted in the same budget. Such a row's `stage` column holds its key ("plan.<event sequence nr>"),
-- note_kind says which notice (null: a ladder rung's message), and the rest what it tells.
ALTER TABLE relance_outreach_message ADD COLUMN IF NOT EXISTS note_kind VARCHAR(16);
ALTER TABLE relance_outreach_message ADD COLUMN IF NOT EXISTS note_index INT;
ALTER TABLE relance_outreach_message ADD COLUMN IF NOT EXISTS note_amount DECIMAL(19, 2);
ALTER TABLE relance_outreach_message ADD COLUMN IF NOT EXISTS note_currency VARCHAR(3);
ALTER TABLE relance_outreach_message ADD COLUMN IF NOT EXISTS note_due DATE;
ALTER TABLE relance_outreach_message ADD COLUMN IF NOT EXISTS note_resumes DATE;
