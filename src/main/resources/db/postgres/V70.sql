-- Events a projection could not handle (org.relance.readside.Parking): retried, then recorded here
-- with the error and skipped, so the projection goes on with the next event. One row per projection
-- and event; what /health and the admin page count.
CREATE TABLE IF NOT EXISTS relance_parked_event (
    projection VARCHAR(100) NOT NULL,
    projection_key VARCHAR(100) NOT NULL,
    persistence_id VARCHAR(255) NOT NULL,
    sequence_nr BIGINT NOT NULL,
    event_type VARCHAR(200) NOT NULL,
    error_message VARCHAR(2000) NOT NULL,
    parked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (projection, persistence_id, sequence_nr)
);
