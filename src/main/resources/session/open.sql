-- Creates the session, or touches it when it is already the user's. Someone else's session is left alone.
INSERT INTO dash_internal.sessions (id, user_id, name, component_type, component_id) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (id) DO NOTHING
