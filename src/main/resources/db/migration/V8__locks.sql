-- One row per job that only one replica may run at a time (ClusterLock holds the row with SELECT ... FOR UPDATE).
-- A table of our own rather than advisory locks: the hardening revokes pg_advisory_lock from PUBLIC.
CREATE TABLE dash_internal.locks (
    name text PRIMARY KEY
);
