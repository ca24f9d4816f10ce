package dev.dash.ops.nativecheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the argument file of `./dash native-check` (scripts/lib/native.sh runs `java @file`): Quarkus's
 * native-image.args and the jars' native-image metadata, translated for the builder. Needs only the JDK.
 *
 * <p>Usage: NativeCheckMain SOURCES_DIR BUILDER_JARS_DIR JAVA_HOME C_LIBRARIES WORK_DIR MAX_HEAP ARG_FILE
 */
public final class NativeCheckMain {

    private NativeCheckMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 7) {
            System.err.println("usage: NativeCheckMain SOURCES_DIR BUILDER_JARS_DIR JAVA_HOME C_LIBRARIES WORK_DIR"
                    + " MAX_HEAP ARG_FILE");
            System.exit(2);
        }
        Path sources = Path.of(args[0]).toAbsolutePath();
        var driver = new DriverArgs().add(DriverArgs.split(Files.readString(sources.resolve("native-image.args"))));
        if (driver.jar() == null || driver.imageName() == null) {
            throw new IllegalArgumentException("native-image.args names no -jar or no image name");
        }
        Path runner = sources.resolve(driver.jar());
        List<Path> classPath = ImageJars.classPath(runner);
        List<String> configArgs = new ArrayList<>();
        ImageJars.addMetaInf(classPath, driver, configArgs);

        List<String> imageArgs = new ArrayList<>(ImageJars.manifestArgs(runner));
        imageArgs.addAll(driver.builderArgs());
        imageArgs.addAll(configArgs);
        List<String> command = BuilderCommand.of(layout(args), classPath, imageArgs, driver.jvmArgs(),
                driver.imageName());
        Files.writeString(Path.of(args[6]), BuilderCommand.argFile(command));
        System.out.printf("%d builder arguments for %s (%d jars on the image class path) in %s%n", command.size() - 1,
                driver.imageName(), classPath.size(), args[6]);
    }

    private static BuilderCommand.Layout layout(String[] args) throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(Path.of(args[1]).toAbsolutePath())) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
        Path compiler = jars.stream().filter(j -> j.getFileName().toString().startsWith("compiler-")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no compiler-*.jar in " + args[1]));
        List<Path> rest = jars.stream().filter(j -> !j.equals(compiler)).toList();
        return new BuilderCommand.Layout(Path.of(args[2]).toAbsolutePath(), rest, compiler,
                Path.of(args[3]).toAbsolutePath(), Path.of(args[4]).toAbsolutePath(), args[5]);
    }
}
