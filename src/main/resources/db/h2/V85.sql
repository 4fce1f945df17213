-- The channel-neutral debtor dialogue (org.relance.dialogue): a conversation is addressed by a
-- Telegram chat id, mail:<address> or page:<link id>, so the columns that hold it grow to an
-- e-mail address's length.
ALTER TABLE relance_debtor_chat ALTER COLUMN chat_id SET DATA TYPE VARCHAR(320);
ALTER TABLE relance_debtor_conversation ALTER COLUMN chat_id SET DATA TYPE VARCHAR(320);

-- The wrong answers to the verification question of a conversation that came through no Telegram
-- link (the debtor page, an e-mail from another address than the debtor's): counted per
-- conversation and case, locked at relance.debtor.verification-tries like a Telegram link.
CREATE TABLE IF NOT EXISTS relance_debtor_verification (
    conversation VARCHAR(320) NOT NULL,
    case_id VARCHAR(255) NOT NULL,
    failed_tries INTEGER DEFAULT 0 NOT NULL,
    locked_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (conversation, case_id)
);
