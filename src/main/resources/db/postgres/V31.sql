-- One-time sign-in links (org.relance.accounts.SignInLinks), e.g. sent by the bot's /web command:
-- stored only as their SHA-256, good once, until they expire.
CREATE TABLE IF NOT EXISTS relance_signin_link (
    link_hash CHAR(64) PRIMARY KEY,
    user_id VARCHAR(64) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at TIMESTAMP WITH TIME ZONE
);
