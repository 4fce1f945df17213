-- Moves of the simulated clock asked with an Idempotency-Key (org.relance.scheduling.TimeKeeper):
-- the instant each key moves the clock to, so a retry (after a timeout, or a restart) goes to the same
-- instant instead of moving the clock a second time.
CREATE TABLE IF NOT EXISTS relance_clock_move (
    idempotency_key VARCHAR(200) NOT NULL PRIMARY KEY,
    target_at TIMESTAMP WITH TIME ZONE NOT NULL,
    asked_at TIMESTAMP WITH TIME ZONE NOT NULL
);
