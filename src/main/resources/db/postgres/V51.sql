-- The debtor's side of the bot (org.relance.debtorchat).
-- A debtor's invitation re-issued through the API with an Idempotency-Key: a retry with the same
-- key gets the same token instead of a new one.
ALTER TABLE relance_invitation ADD COLUMN IF NOT EXISTS idempotency_key VARCHAR(255);
CREATE UNIQUE INDEX IF NOT EXISTS relance_invitation_idempotency ON relance_invitation (idempotency_key);

-- The conversation in progress in a debtor's chat: the question the bot is waiting for an answer
-- to (the invoice number, a yes to a captured promise or plan, a date, which case a message is
-- about...), what it concerns (JSON), and how many tries it had. One row per chat; a restart in
-- the middle of a conversation continues from here.
CREATE TABLE IF NOT EXISTS relance_debtor_conversation (
    chat_id VARCHAR(64) PRIMARY KEY,
    case_id VARCHAR(255),
    awaiting VARCHAR(32) NOT NULL,
    data TEXT NOT NULL,
    tries INTEGER NOT NULL,
    asked_by BIGINT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
