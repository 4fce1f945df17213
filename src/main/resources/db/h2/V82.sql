-- Invoice imports (org.relance.imports): each import's progress and counts, kept so a restart shows
-- a clear status; the invoices each business's imports brought in, by number, with what remained due
-- at the last import (what a re-import compares against); and the case each debtor's invoices go to.
CREATE TABLE IF NOT EXISTS relance_import (
    import_id VARCHAR(64) PRIMARY KEY,
    business_id VARCHAR(64) NOT NULL,
    source VARCHAR(16) NOT NULL,
    status VARCHAR(16) NOT NULL,
    total INT NOT NULL,
    done INT NOT NULL,
    created INT NOT NULL,
    updated INT NOT NULL,
    unchanged INT NOT NULL,
    paid INT NOT NULL,
    skipped INT NOT NULL,
    rejected CLOB NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS relance_import_business_idx ON relance_import (business_id);
CREATE TABLE IF NOT EXISTS relance_import_invoice (
    business_id VARCHAR(64) NOT NULL,
    invoice_number VARCHAR(64) NOT NULL,
    debtor_key VARCHAR(300) NOT NULL,
    case_id VARCHAR(64) NOT NULL,
    remaining DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (business_id, invoice_number)
);
CREATE TABLE IF NOT EXISTS relance_import_debtor (
    business_id VARCHAR(64) NOT NULL,
    debtor_key VARCHAR(300) NOT NULL,
    case_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (business_id, debtor_key)
);
