-- Accounts of the admin web page (org.relance.accounts): users with a role, the businesses an
-- owner or accountant sees, sign-in sessions and API tokens (both stored only as SHA-256 hashes).
CREATE TABLE IF NOT EXISTS relance_user (
    user_id VARCHAR(64) PRIMARY KEY,
    email VARCHAR(255) NOT NULL UNIQUE,
    role VARCHAR(16) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    disabled BOOLEAN NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE IF NOT EXISTS relance_user_business (
    user_id VARCHAR(64) NOT NULL,
    business_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (user_id, business_id)
);
CREATE TABLE IF NOT EXISTS relance_session (
    session_hash CHAR(64) PRIMARY KEY,
    user_id VARCHAR(64) NOT NULL,
    csrf_token VARCHAR(64) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE IF NOT EXISTS relance_api_token (
    token_hash CHAR(64) PRIMARY KEY,
    token_id VARCHAR(64) NOT NULL UNIQUE,
    user_id VARCHAR(64) NOT NULL,
    label VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE
);
