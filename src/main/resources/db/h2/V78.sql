-- A business's new terms on their way to its open cases (org.relance.business.TermsRefresh): one row
-- per business while cases remain, with the last case reached; a later change restarts it
-- (generation). Survives restarts, so no open case keeps the old terms.
CREATE TABLE IF NOT EXISTS relance_terms_refresh (
    business_id VARCHAR(64) PRIMARY KEY,
    generation BIGINT NOT NULL,
    after_case_id VARCHAR(64) NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL
);
