package dev.dash.ops.nativecheck;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The command that runs GraalVM's native-image builder from its Maven Central jars on a plain JDK, up to the end of
 * its analysis (../shared/native-analysis.md has how each part was found): the JVM options the driver would give
 * it, the builder's modules, and the application's translated arguments.
 */
public final class BuilderCommand {

    static final String GRAALVM_VERSION = "25.0.4";
    static final String COMPILER_MODULE = "jdk.graal.compiler";
    private static final String JVMCI_MODULE = "jdk.internal.vm.ci";
    private static final String BUILDER_MAIN =
            "org.graalvm.nativeimage.builder/com.oracle.svm.hosted.NativeImageGeneratorRunner";
    /** Modules that reach into the JDK's internals, as the driver's compiler flags let them. */
    private static final String EXPORT_TARGETS = String.join(",", "org.graalvm.nativeimage.builder",
            "org.graalvm.nativeimage.base", "org.graalvm.nativeimage.pointsto", "org.graalvm.nativeimage.objectfile",
            COMPILER_MODULE, "org.graalvm.nativeimage.configure", "org.graalvm.truffle.compiler", "ALL-UNNAMED");

    /**
     * Where things are: the JDK home copy with the builder's helper library, the builder's jars, the folder whose
     * include/ holds the C headers the builder compiles its queries against, the output.
     */
    public record Layout(Path javaHome, List<Path> builderJars, Path compilerJar, Path cLibraries, Path workDir,
            String maxHeap) {
    }

    private BuilderCommand() {
    }

    /** The full command line: java, its options, the builder's main module and the builder's arguments. */
    public static List<String> of(Layout layout, List<Path> imageClassPath, List<String> imageArgs,
            List<String> builderJvmArgs, String imageName) {
        List<String> command = new ArrayList<>();
        command.add(layout.javaHome().resolve("bin/java").toString());
        command.addAll(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI", "-XX:-UseJVMCICompiler",
                "-Xss10m", "-Xmx" + layout.maxHeap(), "-Xshare:off", "-Djava.awt.headless=true",
                "-Djava.system.class.loader=com.oracle.svm.hosted.NativeImageSystemClassLoader",
                "-Dorg.graalvm.nativeimage.imagecode=buildtime",
                "-Dcom.oracle.graalvm.isaot=true",
                "-Dorg.graalvm.version=" + GRAALVM_VERSION,
                "-Dorg.graalvm.vendor=Community",
                // Quarkus's generated Feature parses this and fails without it.
                "-Dorg.graalvm.vendorversion=Mandrel-" + GRAALVM_VERSION + ".0-Final",
                "--add-modules=ALL-DEFAULT", "--enable-native-access=org.graalvm.nativeimage.builder",
                "--module-path", join(layout.builderJars()),
                "--upgrade-module-path", layout.compilerJar().toString()));
        command.addAll(jdkExports(builderJdkModules()));
        command.addAll(builderJvmArgs);
        command.addAll(List.of("-m", BUILDER_MAIN, "-imagecp", join(imageClassPath),
                "-H:Path=" + layout.workDir(), "-H:Name=" + imageName, "-H:CLibraryPath=" + layout.cLibraries(),
                "-H:ImageBuildID=" + UUID.randomUUID(), "-H:+ExitAfterAnalysis"));
        command.addAll(imageArgs);
        return command;
    }

    /** The JDK modules the builder's JVM resolves: the default ones (ALL-DEFAULT) and JVMCI's. */
    static List<ModuleDescriptor> builderJdkModules() {
        Set<String> roots = new TreeSet<>(List.of(JVMCI_MODULE));
        ModuleLayer.boot().modules().forEach(m -> roots.add(m.getName()));
        return Configuration.empty().resolve(ModuleFinder.ofSystem(), ModuleFinder.of(), roots).modules().stream()
                .map(m -> m.reference().descriptor()).sorted(Comparator.comparing(ModuleDescriptor::name)).toList();
    }

    /** Every package of these modules that is not exported to all, opened to the builder's modules. */
    static List<String> jdkExports(List<ModuleDescriptor> modules) {
        List<String> exports = new ArrayList<>();
        for (ModuleDescriptor descriptor : modules) {
            Set<String> open = descriptor.exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
            descriptor.packages().stream().filter(p -> !open.contains(p)).sorted()
                    .forEach(p -> exports.add("--add-exports=" + descriptor.name() + "/" + p + "=" + EXPORT_TARGETS));
        }
        return exports;
    }

    /** One argument per line for `java @file`; quoted (with \ and " escaped) when it holds a space, quote or #. */
    public static String argFile(List<String> command) {
        return command.stream().skip(1).map(BuilderCommand::quote).collect(Collectors.joining("\n", "", "\n"));
    }

    static String quote(String arg) {
        if (!arg.isEmpty() && arg.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\''
                || c == '#' || c == '\\')) {
            return arg;
        }
        return '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(":"));
    }
}
