-- The debtor page (org.relance.debtorpage): each case's page link, kept only as the SHA-256 of its
-- token (the token itself is derived from the page secret, so the owner can be shown it again), the
-- generation that a reissue bumps (older links then open nothing), and the verification question's
-- wrong answers, counted until the link is locked; the choices the dialogue offered last (one a
-- line: id, a tab, label).
CREATE TABLE IF NOT EXISTS relance_debtor_page (
    case_id VARCHAR(64) PRIMARY KEY,
    generation INT NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    wrong_answers INT NOT NULL,
    locked_at TIMESTAMP WITH TIME ZONE,
    choices TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS relance_debtor_page_token_idx ON relance_debtor_page (token_hash);
-- The page secret used when relance.debtor-page.secret is blank: generated once, kept here.
CREATE TABLE IF NOT EXISTS relance_debtor_page_secret (
    id INT PRIMARY KEY,
    secret BYTEA NOT NULL
);
-- A browser that answered the verification question: the SHA-256 of its cookie, its case, its
-- CSRF token, its language, until when.
CREATE TABLE IF NOT EXISTS relance_debtor_page_session (
    session_hash VARCHAR(64) PRIMARY KEY,
    case_id VARCHAR(64) NOT NULL,
    csrf_token VARCHAR(64) NOT NULL,
    language VARCHAR(8) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS relance_debtor_page_session_case_idx ON relance_debtor_page_session (case_id);
-- The PDF of an invoice imported as Factur-X, kept so its debtor can download it from the page.
CREATE TABLE IF NOT EXISTS relance_invoice_pdf (
    business_id VARCHAR(64) NOT NULL,
    invoice_number VARCHAR(64) NOT NULL,
    case_id VARCHAR(64) NOT NULL,
    stored_at TIMESTAMP WITH TIME ZONE NOT NULL,
    pdf BYTEA NOT NULL,
    PRIMARY KEY (business_id, invoice_number)
);
CREATE INDEX IF NOT EXISTS relance_invoice_pdf_case_idx ON relance_invoice_pdf (case_id);
