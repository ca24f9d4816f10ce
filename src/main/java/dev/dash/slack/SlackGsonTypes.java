package dev.dash.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The Slack SDK types Gson maps by reflection: every class of the SDK's model, request and response packages,
 * nested ones included, read from the class path rather than listed by hand, so a type the SDK adds or a field of a
 * new type is registered for the native image too (SlackGsonFeature; SlackGsonTypesTest checks the cover).
 */
public final class SlackGsonTypes {

    /** The SDK's packages (with their subpackages) whose classes Gson reads and writes. */
    public static final List<String> PACKAGES = List.of("com.slack.api.model", "com.slack.api.methods.response",
            "com.slack.api.methods.request");

    private SlackGsonTypes() {
    }

    /** The binary names (Outer$Nested) of the mapped classes in these jars and class folders. */
    public static SortedSet<String> in(Collection<Path> classPath) {
        SortedSet<String> names = new TreeSet<>();
        for (Path entry : classPath) {
            for (String file : files(entry)) {
                if (isMapped(file)) {
                    names.add(file.substring(0, file.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        return names;
    }

    /** A class file in one of the packages; not package-info, module-info or an anonymous class. */
    static boolean isMapped(String file) {
        String simple = file.substring(file.lastIndexOf('/') + 1);
        return file.endsWith(".class") && !simple.contains("-info.") && !simple.matches(".*\\$\\d.*")
                && PACKAGES.stream().anyMatch(p -> file.startsWith(p.replace('.', '/') + "/"));
    }

    private static List<String> files(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> walk = Files.walk(entry)) {
                    return walk.filter(Files::isRegularFile).map(f -> entry.relativize(f).toString().replace('\\', '/'))
                            .toList();
                }
            }
            if (!Files.isRegularFile(entry) || !entry.toString().endsWith(".jar")) {
                return List.of();
            }
            try (JarFile jar = new JarFile(entry.toFile())) {
                return jar.stream().map(e -> e.getName()).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry, e);
        }
    }
}
