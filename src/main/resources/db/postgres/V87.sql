-- E-mail (org.relance.email): the addresses that bounced for good, kept as a keyed hash (HMAC with
-- relance.email.secret) so no e-mail goes to them again; each e-mail sent, by Message-ID, with its
-- case (a delivery status notification or a reply names it); the inbound e-mails already read.
CREATE TABLE IF NOT EXISTS relance_email_bounce (
    address_hash VARCHAR(64) PRIMARY KEY,
    bounced_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE IF NOT EXISTS relance_email_sent (
    message_id VARCHAR(255) PRIMARY KEY,
    case_id VARCHAR(64) NOT NULL,
    address_hash VARCHAR(64) NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS relance_email_sent_case_idx ON relance_email_sent (case_id, sent_at);
CREATE TABLE IF NOT EXISTS relance_email_inbound (
    message_id VARCHAR(255) PRIMARY KEY,
    read_at TIMESTAMP WITH TIME ZONE NOT NULL
);
