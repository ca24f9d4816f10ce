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

-- The vectors of what is not approved carry their owner, so a search filters on the rows it reads ('' = no user).
UPDATE dash_internal.embeddings e
   SET metadata = e.metadata || jsonb_build_object('owner', COALESCE(k.user_id, ''))
  FROM dash_internal.knowledge k
 WHERE e.metadata ->> 'ref' = k.id AND k.origin = 'runtime' AND NOT k.approved;
UPDATE dash_internal.embeddings e
   SET metadata = e.metadata || jsonb_build_object('owner', COALESCE(l.user_id, ''))
  FROM dash_internal.learnings l
 WHERE e.metadata ->> 'ref' = 'learning:' || l.id;
