package dev.dash.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RolePasswordSourceTest {

    /** As application.properties resolves them. */
    private static final String ANALYST = "quarkus.datasource.analyst.password";
    private static final String ENGINEER = "quarkus.datasource.engineer.password";

    @Test
    void derivesDistinctUnguessablePasswordsFromTheServicePassword() {
        String analyst = RolePasswordSource.derive("s3cret", "dash_analyst");
        assertThat(analyst).hasSize(32).isNotEqualTo("dash_analyst").doesNotContain("s3cret")
                .isEqualTo(RolePasswordSource.derive("s3cret", "dash_analyst"));
        assertThat(RolePasswordSource.derive("s3cret", "dash_engineer")).isNotEqualTo(analyst);
        assertThat(RolePasswordSource.derive("other", "dash_analyst")).isNotEqualTo(analyst);
    }

    @Test
    void theDerivedPasswordIsTheDefaultAndAnExplicitOneWins() {
        SmallRyeConfig unset = config(Map.of("DB_PASS", "s3cret"));
        assertThat(unset.getValue(ANALYST, String.class)).isEqualTo(RolePasswordSource.derive("s3cret", "dash_analyst"));
        assertThat(unset.getValue(ENGINEER, String.class)).isEqualTo(RolePasswordSource.derive("s3cret", "dash_engineer"));

        SmallRyeConfig empty = config(Map.of("DB_PASS", "s3cret", "DB_ANALYST_PASS", ""));
        assertThat(empty.getValue(ANALYST, String.class)).isEqualTo(RolePasswordSource.derive("s3cret", "dash_analyst"));

        SmallRyeConfig explicit = config(Map.of("DB_PASS", "s3cret", "DB_ANALYST_PASS", "chosen"));
        assertThat(explicit.getValue(ANALYST, String.class)).isEqualTo("chosen");
    }

    private static SmallRyeConfig config(Map<String, String> values) {
        Map<String, String> all = new java.util.HashMap<>(values);
        all.put(ANALYST, "${DB_ANALYST_PASS}");
        all.put(ENGINEER, "${DB_ENGINEER_PASS}");
        return new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(all, "test", 100))
                .withSources(new RolePasswordSource())
                .build();
    }
}
