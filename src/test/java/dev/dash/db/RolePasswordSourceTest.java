package dev.dash.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RolePasswordSourceTest {

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
        SmallRyeConfig derived = config(Map.of("DB_PASS", "s3cret"));
        assertThat(derived.getValue("DB_ANALYST_PASS", String.class))
                .isEqualTo(RolePasswordSource.derive("s3cret", "dash_analyst"));
        assertThat(derived.getValue("DB_ENGINEER_PASS", String.class))
                .isEqualTo(RolePasswordSource.derive("s3cret", "dash_engineer"));

        SmallRyeConfig explicit = config(Map.of("DB_PASS", "s3cret", "DB_ANALYST_PASS", "chosen"));
        assertThat(explicit.getValue("DB_ANALYST_PASS", String.class)).isEqualTo("chosen");
    }

    private static SmallRyeConfig config(Map<String, String> values) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 100))
                .withSources(new RolePasswordSource())
                .build();
    }
}
