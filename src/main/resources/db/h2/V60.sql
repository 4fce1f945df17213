-- Messages that must be queued once only (org.relance.telegram.TelegramStore.enqueueOnce): a letter
-- sent to the owner's chats (key letter:<case>:<stage>), a limitation warning (limitation:<case>:...).
-- The key is inserted in the same transaction as the messages, so a repeat after a restart or a
-- redelivered event queues nothing.
CREATE TABLE IF NOT EXISTS telegram_outbox_once (
    once_key VARCHAR(300) NOT NULL PRIMARY KEY,
    queued_at TIMESTAMP WITH TIME ZONE NOT NULL
);
