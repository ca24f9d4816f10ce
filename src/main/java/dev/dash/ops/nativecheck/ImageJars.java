package dev.dash.ops.nativecheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * What the driver reads from the application's jars before it starts the builder: the runner jar's manifest (class
 * path, main class, modules to open) and every jar's META-INF/native-image (native-image.properties' Args, and the
 * configuration files, which the builder loads as class-path resources).
 */
public final class ImageJars {

    private static final String META_INF = "META-INF/native-image/";
    /** The configuration file names the driver knows, and the builder option that loads each. */
    private static final Map<String, String> CONFIG_FILES = Map.of(
            "reflect-config.json", "-H:ReflectionConfigurationResources",
            "jni-config.json", "-H:JNIConfigurationResources",
            "proxy-config.json", "-H:DynamicProxyConfigurationResources",
            "resource-config.json", "-H:ResourceConfigurationResources",
            "serialization-config.json", "-H:SerializationConfigurationResources",
            "predefined-classes-config.json", "-H:PredefinedClassesConfigurationResources",
            "reachability-metadata.json", "-H:ReachabilityMetadataResources");

    private ImageJars() {
    }

    /** The runner jar followed by its manifest's Class-Path, resolved against the jar's folder. */
    public static List<Path> classPath(Path runnerJar) {
        List<Path> path = new ArrayList<>(List.of(runnerJar));
        String classPath = manifest(runnerJar).getValue(Attributes.Name.CLASS_PATH);
        if (classPath != null) {
            Arrays.stream(classPath.trim().split("\\s+")).map(e -> runnerJar.resolveSibling(e)).forEach(path::add);
        }
        return path;
    }

    /** -H:Class, and the manifest's Add-Opens, Add-Exports and Enable-Native-Access, as the driver turns them. */
    public static List<String> manifestArgs(Path runnerJar) {
        Attributes main = manifest(runnerJar);
        List<String> args = new ArrayList<>();
        String mainClass = main.getValue(Attributes.Name.MAIN_CLASS);
        if (mainClass == null) {
            throw new IllegalArgumentException(runnerJar + " names no Main-Class");
        }
        args.add("-H:Class=" + mainClass);
        for (String[] attribute : new String[][] {{"Add-Opens", "-H:AddOpens="}, {"Add-Exports", "-H:AddExports="}}) {
            String value = main.getValue(attribute[0]);
            if (value != null) {
                Arrays.stream(value.trim().split("\\s+")).forEach(p -> args.add(attribute[1] + p + "=ALL-UNNAMED"));
            }
        }
        String nativeAccess = main.getValue("Enable-Native-Access");
        if (nativeAccess != null) {
            args.add("-H:EnableNativeAccess=" + nativeAccess.trim());
        }
        return args;
    }

    /** Adds each jar's native-image.properties Args to driver and its configuration files, minus those excluded. */
    public static void addMetaInf(List<Path> jars, DriverArgs driver, List<String> configArgs) {
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                for (JarEntry entry : file.stream().filter(e -> e.getName().startsWith(META_INF)).toList()) {
                    String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                    boolean excluded = driver.exclusions().stream()
                            .anyMatch(x -> x.excludes(jar.toString(), "/" + entry.getName()));
                    if (name.equals("native-image.properties")) {
                        driver.add(DriverArgs.split(args(file, entry)));
                    } else if (CONFIG_FILES.containsKey(name) && !excluded) {
                        configArgs.add(CONFIG_FILES.get(name) + "=" + entry.getName());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + jar, e);
            }
        }
    }

    /** The Args, with {@code ${.}} replaced by the file's own directory in the jar, as the driver does. */
    private static String args(JarFile file, JarEntry entry) throws IOException {
        var properties = new Properties();
        try (InputStream in = file.getInputStream(entry)) {
            properties.load(in);
        }
        String dir = entry.getName().substring(0, entry.getName().lastIndexOf('/'));
        return properties.getProperty("Args", "").replace("${.}", dir);
    }

    private static Attributes manifest(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getManifest() == null) {
                throw new IllegalArgumentException(jar + " has no manifest");
            }
            return file.getManifest().getMainAttributes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }
}
