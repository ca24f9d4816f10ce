package dev.dash.ops.nativecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder's command line: its JVM, its modules, then the application's arguments, for `java @file`. */
class BuilderCommandTest {

    private static final Path HOME = Path.of("/build/jdk");
    private static final BuilderCommand.Layout LAYOUT = new BuilderCommand.Layout(HOME,
            List.of(Path.of("/b/svm-25.0.4.jar"), Path.of("/b/pointsto-25.0.4.jar")), Path.of("/b/compiler-25.0.4.jar"),
            Path.of("/build/clibraries"), Path.of("/build/work"), "12g");

    @Test
    void theBuilderRunsFromItsModulesWithTheCompilerUpgradedAndStopsAfterAnalysis() {
        List<String> command = BuilderCommand.of(LAYOUT, List.of(Path.of("/app/runner.jar"), Path.of("/app/lib/a.jar")),
                List.of("-H:Class=io.quarkus.runner.GeneratedMain"), List.of("-Dfile.encoding=UTF-8"), "dash-runner");

        assertThat(command.getFirst()).isEqualTo("/build/jdk/bin/java");
        assertThat(command).contains("-XX:+EnableJVMCI", "-Xmx12g", "-Dorg.graalvm.version=25.0.4",
                "-Djava.system.class.loader=com.oracle.svm.hosted.NativeImageSystemClassLoader",
                "-H:Name=dash-runner", "-H:Path=/build/work", "-H:CLibraryPath=/build/clibraries", "-H:+ExitAfterAnalysis");
        assertThat(command).anyMatch(a -> a.startsWith("-Dorg.graalvm.vendorversion=Mandrel-25.0.4"));
        assertThat(command).anyMatch(a -> a.matches("-H:ImageBuildID=[0-9a-f-]{36}"));
        assertThat(after(command, "--module-path")).isEqualTo("/b/svm-25.0.4.jar:/b/pointsto-25.0.4.jar");
        assertThat(after(command, "--upgrade-module-path")).isEqualTo("/b/compiler-25.0.4.jar");
        assertThat(after(command, "-imagecp")).isEqualTo("/app/runner.jar:/app/lib/a.jar");
        int main = command.indexOf("-m");
        assertThat(command.get(main + 1))
                .isEqualTo("org.graalvm.nativeimage.builder/com.oracle.svm.hosted.NativeImageGeneratorRunner");
        assertThat(command.indexOf("-Dfile.encoding=UTF-8")).as("JVM options come before the main module")
                .isLessThan(main);
        assertThat(command.getLast()).isEqualTo("-H:Class=io.quarkus.runner.GeneratedMain");
    }

    @Test
    void everyJdkInternalPackageIsExportedToTheBuilderAndNoPublicOne() {
        List<String> exports = BuilderCommand.jdkExports(BuilderCommand.builderJdkModules());

        assertThat(exports).anyMatch(e -> e.startsWith("--add-exports=java.base/jdk.internal.misc=")
                && e.contains("org.graalvm.nativeimage.builder") && e.contains("jdk.graal.compiler"));
        assertThat(exports).anyMatch(e -> e.startsWith("--add-exports=jdk.internal.vm.ci/jdk.vm.ci.meta="));
        assertThat(exports).noneMatch(e -> e.startsWith("--add-exports=java.base/java.lang="));
        assertThat(exports).as("a module the builder's JVM does not resolve").noneMatch(e -> e.contains("hotspot.agent"));
    }

    @Test
    void theArgumentFileQuotesOnlyWhatJavaWouldSplitOrEscape() {
        String file = BuilderCommand.argFile(List.of("java", "-Dx=a b", "-H:Name=plain", "C:\\x", "#not-a-comment"));

        assertThat(file).isEqualTo("\"-Dx=a b\"\n-H:Name=plain\n\"C:\\\\x\"\n\"#not-a-comment\"\n");
    }

    private static String after(List<String> command, String option) {
        return command.get(command.indexOf(option) + 1);
    }
}
