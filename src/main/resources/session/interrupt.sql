-- Running runs whose process stopped: the named replica's (stopping now), any whose replica was not seen within the
-- lease (killed, crashed, lost its database), and any older than a run can last (its end could not be stored). The
-- question stays; the run says why it has no answer.
UPDATE dash_internal.runs r
SET status = 'interrupted', answer = ?,
    response = r.response || jsonb_build_object('status', 'interrupted', 'answer', ?::text,
        'error', jsonb_build_object('code', 'interrupted', 'message', ?::text))
WHERE r.status = 'running'
  AND (r.replica = ?::text
       OR r.created_at < now() - make_interval(secs => ?)
       OR NOT EXISTS (SELECT 1 FROM dash_internal.replicas p
                      WHERE p.id = r.replica AND p.seen_at > now() - make_interval(secs => ?)))
