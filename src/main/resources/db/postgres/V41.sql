-- A guided conversation in progress per chat (org.relance.owner.OwnerFlowStore): which flow, the
-- question it waits for, the answers so far (JSON), and the last update applied, so a restart
-- mid-flow loses nothing and a redelivered update changes nothing.
CREATE TABLE IF NOT EXISTS relance_owner_flow (
    chat_id VARCHAR(64) PRIMARY KEY,
    state TEXT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
