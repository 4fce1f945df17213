-- The owner's side of the bot (org.relance.invitations, org.relance.owner).
-- Invitation tokens: single use, expiring; an owner's token binds a chat to a business, a debtor's
-- token (case_id set) is consumed later by the debtor's side.
CREATE TABLE IF NOT EXISTS relance_invitation (
    token VARCHAR(64) PRIMARY KEY,
    kind VARCHAR(16) NOT NULL,
    business_id VARCHAR(255) NOT NULL,
    case_id VARCHAR(255),
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at TIMESTAMP WITH TIME ZONE,
    used_by_chat VARCHAR(64)
);
CREATE INDEX IF NOT EXISTS relance_invitation_business ON relance_invitation (business_id);

-- Private chats bound to a business: its owner talks to the bot there and gets the digest there.
CREATE TABLE IF NOT EXISTS relance_owner_chat (
    chat_id VARCHAR(64) PRIMARY KEY,
    business_id VARCHAR(255) NOT NULL,
    bound_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS relance_owner_chat_business ON relance_owner_chat (business_id);

-- One digest per owner chat and local day: a clock stopping twice at the same hour sends it once.
CREATE TABLE IF NOT EXISTS relance_owner_digest (
    chat_id VARCHAR(64) NOT NULL,
    local_day DATE NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (chat_id, local_day)
);
