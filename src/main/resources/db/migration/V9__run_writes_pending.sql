-- What an agent writes during a run belongs to the user who asked until a person with knowledge:write approves it:
-- until then only that user's runs see it. Who wrote it (user, session, run) and who approved it, and when.
ALTER TABLE dash_internal.knowledge
    ADD COLUMN session_id  text,
    ADD COLUMN run_id      uuid,
    ADD COLUMN approved_by text,
    ADD COLUMN approved_at timestamptz;

-- Learnings written before this were never reviewed: they stay with their authors until a person approves them.
ALTER TABLE dash_internal.learnings
    ADD COLUMN approved    boolean NOT NULL DEFAULT false,
    ADD COLUMN approved_by text,
    ADD COLUMN approved_at timestamptz;
