-- Personal data (org.relance.privacy): each case's key for its sealed personal fields (null once
-- erased), the audit of exports and erasures, the hashed contacts that asked to be left alone,
-- the secret those hashes are keyed with, and the owners told of a coming retention erasure.
CREATE TABLE IF NOT EXISTS relance_case_key (
    case_id VARCHAR(255) PRIMARY KEY,
    aes_key VARBINARY(32),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at TIMESTAMP WITH TIME ZONE
);
CREATE TABLE IF NOT EXISTS relance_privacy_audit (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    action VARCHAR(32) NOT NULL,
    case_id VARCHAR(255) NOT NULL,
    business_id VARCHAR(255) NOT NULL,
    actor VARCHAR(255) NOT NULL,
    reason VARCHAR(2000),
    done_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS relance_privacy_audit_case ON relance_privacy_audit (case_id);
CREATE TABLE IF NOT EXISTS relance_suppressed_contact (
    contact_hash CHAR(64) PRIMARY KEY,
    added_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE IF NOT EXISTS relance_privacy_secret (
    id INT PRIMARY KEY,
    secret VARBINARY(32) NOT NULL
);
CREATE TABLE IF NOT EXISTS relance_retention_notice (
    case_id VARCHAR(255) PRIMARY KEY,
    erase_on DATE NOT NULL,
    noticed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
