-- Clarifying questions asked in a session, and the user's answers: an answered one settles its term for the rest of
-- the session; one the user asked to remember settles it for the user's later sessions too.
CREATE TABLE dash_internal.clarifications (
    id          bigserial PRIMARY KEY,
    session_id  text NOT NULL REFERENCES dash_internal.sessions (id) ON DELETE CASCADE,
    user_id     text NOT NULL,
    run_id      uuid NOT NULL,
    term        text NOT NULL,
    question    text NOT NULL,
    status      text NOT NULL DEFAULT 'asked' CHECK (status IN ('asked', 'answered', 'dropped')),
    choice      text,
    remembered  boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    answered_at timestamptz,
    CHECK ((status = 'answered') = (choice IS NOT NULL))
);
CREATE INDEX clarifications_session_idx ON dash_internal.clarifications (session_id, created_at DESC);
CREATE INDEX clarifications_remembered_idx ON dash_internal.clarifications (user_id, term) WHERE remembered;
