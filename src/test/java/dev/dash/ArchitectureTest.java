package dev.dash;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages stand in layers, each importing only those below it (README, "Architecture"): a change that ties the
 * house together again fails here, with the dependency that does it. No exceptions are listed. Classes stay short.
 */
class ArchitectureTest {

    private static final int MAX_LINES = 200;
    private static final int TOP_LINES = 40;
    private static final String LONG_BECAUSE = "Long because";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.dash");

    @Test
    void noPackageImportsAnotherThatImportsItBack() {
        slices().matching("dev.dash.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("dev.dash..")
                .layer("Ways in").definedBy("dev.dash.api..", "dev.dash.agentos..", "dev.dash.auth..",
                        "dev.dash.slack..", "dev.dash.report..", "dev.dash.eval..", "dev.dash.bench..",
                        "dev.dash.cli..", "dev.dash.data..", "dev.dash.ops..", "dev.dash.onboard..",
                        "dev.dash.mcp..")
                .layer("Agents").definedBy("dev.dash.agent")
                .layer("Agent tools").definedBy("dev.dash.agent.tools..")
                .layer("Agent runtime").definedBy("dev.dash.agent.runtime..")
                .layer("Meaning").definedBy("dev.dash.knowledge.meaning..")
                .layer("Knowledge files").definedBy("dev.dash.knowledge.files..")
                .layer("Knowledge and learning").definedBy("dev.dash.knowledge", "dev.dash.learning..")
                .layer("Retrieval").definedBy("dev.dash.retrieval..")
                .layer("Services").definedBy("dev.dash.sql..", "dev.dash.format..", "dev.dash.schema..",
                        "dev.dash.session..", "dev.dash.schedule..", "dev.dash.model..", "dev.dash.chart..", "dev.dash.language..",
                        "dev.dash.provenance..")
                .layer("Foundation").definedBy("dev.dash.run..", "dev.dash.db..", "dev.dash.http..")
                .whereLayer("Ways in").mayNotBeAccessedByAnyLayer()
                .whereLayer("Agents").mayOnlyBeAccessedByLayers("Ways in")
                .whereLayer("Agent tools").mayOnlyBeAccessedByLayers("Ways in", "Agents")
                .whereLayer("Agent runtime").mayOnlyBeAccessedByLayers("Ways in", "Agents", "Agent tools")
                .whereLayer("Meaning").mayOnlyBeAccessedByLayers("Ways in", "Agents", "Agent tools", "Agent runtime")
                .whereLayer("Knowledge files").mayOnlyBeAccessedByLayers("Ways in", "Agents", "Agent tools",
                        "Agent runtime", "Meaning")
                .whereLayer("Knowledge and learning").mayOnlyBeAccessedByLayers("Ways in", "Agents", "Agent tools",
                        "Agent runtime", "Meaning", "Knowledge files")
                .whereLayer("Retrieval").mayOnlyBeAccessedByLayers("Ways in", "Agents", "Agent tools",
                        "Agent runtime", "Meaning", "Knowledge files", "Knowledge and learning")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Ways in", "Agents", "Agent tools",
                        "Agent runtime", "Meaning", "Knowledge files", "Knowledge and learning", "Retrieval")
                .ensureAllClassesAreContainedInArchitecture()
                .check(MAIN);
    }

    /** A class over 200 lines says why at its top ("Long because ..."), or is split by what it does. */
    @Test
    void noSourceFileIsLongWithoutSayingWhy() throws IOException {
        List<String> unexplained = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    String top = String.join("\n", lines.subList(0, Math.min(TOP_LINES, lines.size())));
                    if (lines.size() > MAX_LINES && !top.contains(LONG_BECAUSE)) {
                        unexplained.add(file + " (" + lines.size() + " lines)");
                    }
                }
            }
        }
        assertThat(unexplained).as("files over " + MAX_LINES + " lines without \"" + LONG_BECAUSE + "\"").isEmpty();
    }

    @Test
    void knowledgeAndLearningShareRetrievalWithoutImportingEachOther() {
        noClasses().that().resideInAPackage("dev.dash.knowledge..")
                .should().dependOnClassesThat().resideInAPackage("dev.dash.learning..").check(MAIN);
        noClasses().that().resideInAPackage("dev.dash.learning..")
                .should().dependOnClassesThat().resideInAPackage("dev.dash.knowledge..").check(MAIN);
    }
}
