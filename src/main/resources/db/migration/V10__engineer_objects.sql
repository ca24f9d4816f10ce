-- Who made each view or table the Engineer built in dash: only its maker may replace, fill or drop it.
-- name is schema-qualified and lower-case (dash.monthly_mrr), as EngineerStatement.dashName writes it.
CREATE TABLE dash_internal.engineer_objects (
    name        text PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('view', 'table')),
    user_id     text NOT NULL,
    session_id  text NOT NULL,
    run_id      uuid NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
