package dev.dash.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** DATA_DB_URL as the agents' datasources use it: the address kept, the login dropped, parameters merged. */
class DataUrlTest {

    private static final String ANALYST = "jdbc:postgresql://localhost:5432/dash?currentSchema=public,dash&readOnly=true";

    @Test
    void aPostgresqlUrlBecomesTheJdbcBaseWithoutItsLogin() {
        DataUrl url = DataUrl.parse("postgresql://admin:s3cret@db.example.com:6543/shop?sslmode=require");
        assertThat(url.base()).isEqualTo("jdbc:postgresql://db.example.com:6543/shop");
        assertThat(url.database()).isEqualTo("shop");
        assertThat(url.rebase(ANALYST)).isEqualTo(
                "jdbc:postgresql://db.example.com:6543/shop?sslmode=require&currentSchema=public,dash&readOnly=true")
                .doesNotContain("s3cret").doesNotContain("admin");
    }

    @Test
    void aJdbcUrlIsKeptAndAPlainOneGetsTheDatasourcesParameters() {
        assertThat(DataUrl.parse("jdbc:postgresql://replica:5432/shop").rebase(ANALYST))
                .isEqualTo("jdbc:postgresql://replica:5432/shop?currentSchema=public,dash&readOnly=true");
        assertThat(DataUrl.parse("postgres://replica/shop").rebase("jdbc:postgresql://x/dash"))
                .isEqualTo("jdbc:postgresql://replica/shop");
    }

    @Test
    void anythingElseIsAClearError() {
        assertThatThrownBy(() -> DataUrl.parse("mysql://db/shop")).hasMessageContaining("postgresql://");
        assertThatThrownBy(() -> DataUrl.parse("postgresql://db")).hasMessageContaining("name a host and a database");
    }
}
