-- Debtor binding that holds (org.relance.invitations, org.relance.debtorchat).
-- Tokens are kept as the hex SHA-256 of the token (column token): a copy of the table opens nothing.
-- Tokens written in clear by earlier versions (22 URL-safe characters, never 64 hex) are hashed here;
-- a hash is left as it is, so the script may run again.
UPDATE relance_invitation SET token = LOWER(RAWTOHEX(HASH('SHA-256', STRINGTOUTF8(token))))
    WHERE LENGTH(token) <> 64;
-- A debtor's link re-issued retires the earlier ones of the case (they answer "replaced").
ALTER TABLE relance_invitation ADD COLUMN IF NOT EXISTS replaced_at TIMESTAMP WITH TIME ZONE;
-- Wrong answers to the verification question from the chat that opened the link, kept across
-- /start and restarts; the link is locked when they reach relance.debtor.verification-tries.
ALTER TABLE relance_invitation ADD COLUMN IF NOT EXISTS failed_tries INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE relance_invitation ADD COLUMN IF NOT EXISTS locked_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX IF NOT EXISTS relance_invitation_case ON relance_invitation (case_id);
CREATE INDEX IF NOT EXISTS relance_invitation_chat ON relance_invitation (used_by_chat);
