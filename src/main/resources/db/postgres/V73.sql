-- A reply in the Telegram outbox names the update it answers (org.relance.telegram.UpdateIntake):
-- an operator can tell a reply from a notice, and an update handled twice would show as two batches.
-- Rows queued without an update (reminders, notices) leave it empty.
ALTER TABLE telegram_outbox ADD COLUMN IF NOT EXISTS update_id BIGINT;
