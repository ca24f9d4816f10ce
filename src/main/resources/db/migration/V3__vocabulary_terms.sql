-- Vocabulary terms (knowledge/business/*.json "vocabulary") are knowledge entries of their own kind.
ALTER TABLE dash_internal.knowledge DROP CONSTRAINT knowledge_kind_check;
ALTER TABLE dash_internal.knowledge ADD CONSTRAINT knowledge_kind_check
    CHECK (kind IN ('table', 'metric', 'rule', 'gotcha', 'query', 'doc', 'view', 'term'));
