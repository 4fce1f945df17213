-- Telegram: updates already handled (once-only intake) and the sender's outbox.
CREATE TABLE IF NOT EXISTS telegram_processed_update (
    update_id BIGINT PRIMARY KEY,
    processed_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS telegram_outbox (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    chat_id VARCHAR(64) NOT NULL,
    case_id VARCHAR(255),
    payload CLOB NOT NULL,
    status VARCHAR(16) NOT NULL,
    unknown_outcomes INT DEFAULT 0 NOT NULL,
    possible_duplicate BOOLEAN DEFAULT FALSE NOT NULL,
    telegram_message_id BIGINT,
    error VARCHAR(1000),
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE INDEX IF NOT EXISTS telegram_outbox_status_idx ON telegram_outbox (status, id);
