-- Letters issued on each case (org.relance.letters.store.LetterStore): the PDF as sent, its
-- SHA-256 and issue date. One letter per case and stage; the first one stored is the record.
CREATE TABLE IF NOT EXISTS relance_letter (
    case_id VARCHAR(255) NOT NULL,
    stage VARCHAR(32) NOT NULL,
    issued_on DATE NOT NULL,
    language VARCHAR(8) NOT NULL,
    sha256 CHAR(64) NOT NULL,
    pdf BYTEA NOT NULL,
    stored_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, stage)
);
