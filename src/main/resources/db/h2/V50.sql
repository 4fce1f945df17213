-- The debtor's side of the bot (org.relance.debtorchat): private chats bound to a debtor case
-- through the debtor's invitation. Nothing about the debt is shown before verified_at is set (the
-- person confirmed the invoice number or the postcode). last_exchange_at: the last time the debtor
-- wrote and the bot answered (outreach keeps 48 hours away from it).
CREATE TABLE IF NOT EXISTS relance_debtor_chat (
    chat_id VARCHAR(64) NOT NULL,
    case_id VARCHAR(255) NOT NULL,
    business_id VARCHAR(255) NOT NULL,
    language VARCHAR(8) NOT NULL,
    bound_at TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at TIMESTAMP WITH TIME ZONE,
    last_exchange_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (chat_id, case_id)
);
CREATE INDEX IF NOT EXISTS relance_debtor_chat_case ON relance_debtor_chat (case_id);
