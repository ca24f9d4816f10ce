-- dash: views and summary tables the Engineer builds. dash_internal: the service's own tables, out of both agents' reach.
CREATE SCHEMA IF NOT EXISTS dash;
CREATE SCHEMA IF NOT EXISTS dash_internal;
