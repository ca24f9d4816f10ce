package dev.dash.sql;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** How much of each agent pool one user may hold at once, so that one user's slow SQL cannot starve the others. */
@ConfigMapping(prefix = "dash.pools")
public interface PoolConfig {

    /** Analyst connections one user may hold at once; by default a quarter of the pool, at least one. */
    Optional<Integer> analystPerUser();

    /** Engineer connections one user may hold at once; by default a quarter of the pool, at least one. */
    Optional<Integer> engineerPerUser();
}
