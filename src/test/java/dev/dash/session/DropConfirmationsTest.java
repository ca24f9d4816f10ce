package dev.dash.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.db.EngineerSchema;
import org.junit.jupiter.api.Test;

class DropConfirmationsTest {

    private static final DropConfirmations IN_DASH = new DropConfirmations(null, new EngineerSchema("dash"));
    private static final DropConfirmations IN_ANALYTICS = new DropConfirmations(null, new EngineerSchema("analytics"));

    @Test
    void aConfirmationSaysYesAndNamesTheObject() {
        assertThat(IN_DASH.confirmedIn("yes, drop dash.old_view")).containsExactly("dash.old_view");
        assertThat(IN_DASH.confirmedIn("Yes drop view old_view please")).containsExactly("dash.old_view");
        assertThat(IN_DASH.confirmedIn("Confirmed: DROP TABLE dash.\"Tmp\"")).containsExactly("dash.tmp");
        assertThat(IN_DASH.confirmedIn("yes, replace dash.monthly_mrr")).containsExactly("dash.monthly_mrr");
        assertThat(DropConfirmations.confirms("yes, drop dash.old_view")).isTrue();
    }

    @Test
    void anUnqualifiedNameIsInTheConfiguredEngineersSchema() {
        assertThat(IN_ANALYTICS.confirmedIn("yes, drop view old_view")).containsExactly("analytics.old_view");
        assertThat(IN_ANALYTICS.confirmedIn("yes, drop dash.old_view")).containsExactly("dash.old_view");
    }

    @Test
    void askingToDropIsNotConfirmingIt() {
        assertThat(IN_DASH.confirmedIn("drop dash.old_view")).isEmpty();
        assertThat(IN_DASH.confirmedIn("yes, that looks right")).isEmpty();
        assertThat(DropConfirmations.confirms("drop dash.old_view")).isFalse();
    }
}
