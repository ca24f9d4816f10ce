package dev.dash.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropConfirmationsTest {

    @Test
    void aConfirmationSaysYesAndNamesTheObject() {
        assertThat(DropConfirmations.confirmedIn("yes, drop dash.old_view")).containsExactly("dash.old_view");
        assertThat(DropConfirmations.confirmedIn("Yes drop view old_view please")).containsExactly("dash.old_view");
        assertThat(DropConfirmations.confirmedIn("Confirmed: DROP TABLE dash.\"Tmp\"")).containsExactly("dash.tmp");
        assertThat(DropConfirmations.confirmedIn("yes, replace dash.monthly_mrr")).containsExactly("dash.monthly_mrr");
    }

    @Test
    void askingToDropIsNotConfirmingIt() {
        assertThat(DropConfirmations.confirmedIn("drop dash.old_view")).isEmpty();
        assertThat(DropConfirmations.confirmedIn("yes, that looks right")).isEmpty();
    }
}
