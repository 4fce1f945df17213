-- The first admin's one-time link (org.relance.accounts.FirstAdminLinks): printed at start while no
-- account exists, stored only as its SHA-256, good once until it expires; a newer start's link
-- revokes the older ones.
CREATE TABLE IF NOT EXISTS relance_first_admin_link (
    link_hash CHAR(64) PRIMARY KEY,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at TIMESTAMP WITH TIME ZONE
);
