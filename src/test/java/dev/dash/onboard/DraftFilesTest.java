package dev.dash.onboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dash.onboard.DraftFiles.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftFilesTest {

    private static final String DRAFT = "{\n  \"draft\": \"" + DraftFiles.MARKER + "\",\n  \"table_name\": \"t\"\n}\n";
    private static final String NEWER = DRAFT.replace("\"t\"", "\"t2\"");

    @TempDir
    Path dir;

    @Test
    void writesANewDraftSignedAndFindsItUnchangedNextTime() throws IOException {
        Path file = dir.resolve("tables/t.json");
        assertThat(DraftFiles.write(file, DRAFT)).isEqualTo(Outcome.WRITTEN);
        assertThat(Files.readString(file)).doesNotContain("0".repeat(64)).matches("(?s).*sha256:[0-9a-f]{64}.*");
        assertThat(DraftFiles.isUntouchedDraft(Files.readString(file))).isTrue();
        assertThat(DraftFiles.write(file, DRAFT)).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void refreshesItsOwnUntouchedDraft() throws IOException {
        Path file = dir.resolve("t.json");
        DraftFiles.write(file, DRAFT);
        assertThat(DraftFiles.write(file, NEWER)).isEqualTo(Outcome.REFRESHED);
        assertThat(Files.readString(file)).contains("\"t2\"");
    }

    @Test
    void leavesAnEditedDraftAlone() throws IOException {
        Path file = dir.resolve("t.json");
        DraftFiles.write(file, DRAFT);
        String edited = Files.readString(file).replace("\"t\"", "\"t\" ");
        Files.writeString(file, edited);
        assertThat(DraftFiles.write(file, NEWER)).isEqualTo(Outcome.KEPT);
        assertThat(Files.readString(file)).isEqualTo(edited);
    }

    @Test
    void leavesAReviewedDraftWhoseMarkerWasDeletedAlone() throws IOException {
        Path file = dir.resolve("t.json");
        DraftFiles.write(file, DRAFT);
        String reviewed = Files.readString(file).replaceFirst("(?m)^  \"draft\".*\\R", "");
        Files.writeString(file, reviewed);
        assertThat(DraftFiles.write(file, DRAFT)).isEqualTo(Outcome.KEPT);
        assertThat(Files.readString(file)).isEqualTo(reviewed);
    }

    @Test
    void leavesAPersonsOwnFileAlone() throws IOException {
        Path file = dir.resolve("t.json");
        Files.writeString(file, "{\"table_name\": \"t\"}\n");
        assertThat(DraftFiles.write(file, DRAFT)).isEqualTo(Outcome.KEPT);
        assertThat(Files.readString(file)).isEqualTo("{\"table_name\": \"t\"}\n");
    }
}
