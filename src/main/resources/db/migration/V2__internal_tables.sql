-- Curated (file) and run-time knowledge: table notes, metrics, rules, gotchas, validated queries, docs, dash views.
CREATE TABLE dash_internal.knowledge (
    id           text PRIMARY KEY,
    kind         text NOT NULL CHECK (kind IN ('table', 'metric', 'rule', 'gotcha', 'query', 'doc', 'view')),
    origin       text NOT NULL CHECK (origin IN ('file', 'runtime')),
    source       text NOT NULL,
    name         text NOT NULL,
    content      text NOT NULL,
    questions    text[] NOT NULL DEFAULT '{}',
    sql          text,
    tables       text[] NOT NULL DEFAULT '{}',
    approved     boolean NOT NULL DEFAULT false,
    content_hash text NOT NULL,
    user_id      text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    search       tsvector NOT NULL
);
CREATE INDEX knowledge_search_idx ON dash_internal.knowledge USING gin (search);
CREATE INDEX knowledge_kind_idx ON dash_internal.knowledge (kind);

-- Errors and their fixes, captured automatically or saved by an agent. Shared by all users: they describe the schema.
CREATE TABLE dash_internal.learnings (
    id            bigserial PRIMARY KEY,
    title         text NOT NULL,
    lesson        text NOT NULL,
    failing_sql   text,
    error_state   text,
    error_message text,
    fixed_sql     text,
    tables        text[] NOT NULL DEFAULT '{}',
    user_id       text,
    session_id    text,
    run_id        uuid,
    source        text NOT NULL CHECK (source IN ('auto', 'agent')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    times_used    integer NOT NULL DEFAULT 0,
    last_used_at  timestamptz,
    search        tsvector NOT NULL
);
CREATE INDEX learnings_search_idx ON dash_internal.learnings USING gin (search);

-- Vectors of knowledge entries and learnings, written through LangChain4j's PgVectorEmbeddingStore.
-- metadata carries {"ref": "<knowledge id> | learning:<id>", "kind": ...}.
CREATE TABLE dash_internal.embeddings (
    embedding_id uuid PRIMARY KEY,
    embedding    dash_internal.vector(384),
    text         text,
    metadata     jsonb
);

CREATE TABLE dash_internal.sessions (
    id         text PRIMARY KEY,
    user_id    text NOT NULL,
    name       text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_user_idx ON dash_internal.sessions (user_id, updated_at DESC);

-- One row per question: the full run (route, answer, SQL, result, trace) as every interface renders it.
CREATE TABLE dash_internal.runs (
    id          uuid PRIMARY KEY,
    session_id  text NOT NULL REFERENCES dash_internal.sessions (id) ON DELETE CASCADE,
    user_id     text NOT NULL,
    question    text NOT NULL,
    status      text NOT NULL,
    route       text NOT NULL,
    answer      text,
    response    jsonb NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    duration_ms integer NOT NULL DEFAULT 0
);
CREATE INDEX runs_session_idx ON dash_internal.runs (session_id, created_at);

-- The user's explicit go-ahead for a destructive Engineer statement, recorded by the coordinator.
CREATE TABLE dash_internal.confirmations (
    session_id   text NOT NULL REFERENCES dash_internal.sessions (id) ON DELETE CASCADE,
    object_name  text NOT NULL,
    confirmed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, object_name)
);
