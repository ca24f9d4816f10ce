-- The user's answer to a clarifying question ('dropped', with no choice, when the next message was no answer).
UPDATE dash_internal.clarifications SET status = ?, choice = ?, remembered = ?, answered_at = now()
WHERE id = ? AND status = 'asked'
