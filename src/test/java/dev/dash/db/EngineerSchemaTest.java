package dev.dash.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Engineer's schema is a plain name that never reaches company data, system catalogs or Dash's own tables. */
class EngineerSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"dash_internal", "pg_catalog", "pg_temp", "information_schema", "Analytics", "my-views",
        "a.b", "\"x\"", ""})
    void refusesANameThatIsNotAPlainOwnSchema(String name) {
        assertThatThrownBy(() -> new EngineerSchema(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dash.data.engineer-schema");
    }

    @Test
    void refusesACompanySchema() {
        assertThatThrownBy(() -> EngineerSchema.of("sales", List.of("public", "sales")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dash.data.analyst-schemas");
        assertThat(EngineerSchema.of("analytics", List.of("public")).name()).isEqualTo("analytics");
    }

    @Test
    void qualifiesNamesAsTheEngineersSearchPathResolvesThem() {
        EngineerSchema analytics = new EngineerSchema("analytics");
        assertThat(analytics.qualify("Monthly_MRR")).isEqualTo("analytics.monthly_mrr");
        assertThat(analytics.qualify("\"public\".\"t\"")).isEqualTo("public.t");
        assertThat(analytics.holds("analytics.monthly_mrr")).isTrue();
        assertThat(analytics.holds("dash.monthly_mrr")).isFalse();
        assertThat(analytics.holds("analytics_old.x")).isFalse();
        assertThat(analytics.holds("analytics.x.y")).isFalse();
    }
}
