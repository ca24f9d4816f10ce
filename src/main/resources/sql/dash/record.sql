INSERT INTO dash_internal.engineer_objects (name, kind, user_id, session_id, run_id)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT (name) DO UPDATE
   SET kind = excluded.kind, user_id = excluded.user_id, session_id = excluded.session_id,
       run_id = excluded.run_id, created_at = now()
