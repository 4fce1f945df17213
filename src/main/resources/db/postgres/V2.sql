-- Read sides of the cases (written only by the case read-side projection) and the saved clock.
CREATE TABLE IF NOT EXISTS case_read_state (
    case_id VARCHAR(64) PRIMARY KEY,
    state_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS case_wakeup (
    case_id VARCHAR(64) PRIMARY KEY,
    due_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS case_wakeup_due_idx ON case_wakeup (due_at);
CREATE TABLE IF NOT EXISTS case_summary (
    case_id VARCHAR(64) PRIMARY KEY,
    business_id VARCHAR(64) NOT NULL,
    zone VARCHAR(64) NOT NULL,
    debtor_name VARCHAR(255) NOT NULL,
    debtor_type VARCHAR(16) NOT NULL,
    stage VARCHAR(32) NOT NULL,
    status VARCHAR(16) NOT NULL,
    holds VARCHAR(255) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    balance DECIMAL(19, 2) NOT NULL,
    oldest_due_date DATE NOT NULL,
    next_stage VARCHAR(32),
    next_due_at TIMESTAMP WITH TIME ZONE,
    profile VARCHAR(32) NOT NULL,
    open_tasks INT NOT NULL,
    closure VARCHAR(16),
    opened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS case_summary_business_idx ON case_summary (business_id);
CREATE TABLE IF NOT EXISTS case_invoice_summary (
    case_id VARCHAR(64) NOT NULL,
    invoice_number VARCHAR(64) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    amount DECIMAL(19, 2) NOT NULL,
    outstanding DECIMAL(19, 2) NOT NULL,
    issue_date DATE NOT NULL,
    due_date DATE NOT NULL,
    PRIMARY KEY (case_id, invoice_number)
);
CREATE TABLE IF NOT EXISTS relance_clock (
    id INT PRIMARY KEY,
    now_at TIMESTAMP WITH TIME ZONE NOT NULL
);
