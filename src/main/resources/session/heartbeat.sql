-- This replica is alive now (the database's clock, so replicas' own clocks never matter).
INSERT INTO dash_internal.replicas (id) VALUES (?)
ON CONFLICT (id) DO UPDATE SET seen_at = now()
