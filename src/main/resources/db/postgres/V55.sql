-- Outreach (org.relance.outreach): the ladder's messages to a debtor's verified chat, held to the
-- contact rules. relance_outreach_case: what the rules need of each case, folded from its events
-- (the debtor's time zone when given, else the business's; the business's jurisdiction).
CREATE TABLE IF NOT EXISTS relance_outreach_case (
    case_id VARCHAR(255) PRIMARY KEY,
    business_zone VARCHAR(64) NOT NULL,
    debtor_zone VARCHAR(64),
    jurisdiction VARCHAR(8) NOT NULL
);

-- One debtor message per case and rung: held when the rung is reached, then sent (sent_at: the
-- case's outreach history), superseded (the case no longer called for it; also in its journal) or
-- unsent because no verified chat was bound to the case (the owner sends by hand).
CREATE TABLE IF NOT EXISTS relance_outreach_message (
    case_id VARCHAR(255) NOT NULL,
    stage VARCHAR(32) NOT NULL,
    reached_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status VARCHAR(16) NOT NULL,
    settled_at TIMESTAMP WITH TIME ZONE,
    reason VARCHAR(32),
    PRIMARY KEY (case_id, stage)
);
CREATE INDEX IF NOT EXISTS relance_outreach_message_status ON relance_outreach_message (status);
