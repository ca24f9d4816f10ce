package dev.dash.nativeimage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A native image holds only the resources and reflective types it is told about; the JVM finds everything. These checks
 * read the sources, so a new resource or a new Jackson-mapped enum fails here instead of in a native build we cannot run.
 */
class NativeConfigurationTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    /** Registered by their extensions (Flyway, Quarkus config, ServiceLoader), not by us. */
    private static final List<String> REGISTERED_ELSEWHERE = List.of("application.properties", "db/migration/", "META-INF/");
    /** Read from dependencies' jars at run time. */
    private static final List<String> LIBRARY_RESOURCES = List.of("com/knuddels/jtokkit/cl100k_base.tiktoken");

    @Test
    void everyResourceOfOursIsIncluded() throws IOException {
        List<PathMatcher> includes = includes();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            List<String> missing = files.filter(Files::isRegularFile)
                    .map(f -> RESOURCES.relativize(f).toString().replace('\\', '/'))
                    .filter(r -> REGISTERED_ELSEWHERE.stream().noneMatch(r::startsWith))
                    .filter(r -> includes.stream().noneMatch(m -> m.matches(Path.of(r))))
                    .toList();
            assertThat(missing).as("resources missing from quarkus.native.resources.includes").isEmpty();
        }
    }

    @Test
    void everyLibraryResourceWeReadIsIncludedAndExists() throws IOException {
        List<PathMatcher> includes = includes();
        for (String resource : LIBRARY_RESOURCES) {
            assertThat(includes).as(resource).anyMatch(m -> m.matches(Path.of(resource)));
            assertThat(getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
        }
        String tokenizerUse = read(SOURCES.resolve("dev/dash/agent/ContextAssembler.java"));
        assertThat(tokenizerUse).as("the encoding named in LIBRARY_RESOURCES is the one in use").contains("CL100K_BASE");
    }

    @Test
    void everyResourceNamedInTheCodeExists() throws IOException {
        var literal = Pattern.compile("\"((?:sql|session|schema|agent|db/setup|db/grants|db/boundary|onboard|data|prompts|meaning)/[\\w/.-]+)\"");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> named = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> literal.matcher(read(f)).results().map(m -> m.group(1)))
                    .distinct()
                    .toList();
            assertThat(named).isNotEmpty();
            assertThat(named).allMatch(r -> Files.isRegularFile(RESOURCES.resolve(r)), "exists under src/main/resources");
        }
    }

    @Test
    void jacksonMappedTypesAreRegisteredForReflection() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> unregistered = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> {
                        String source = read(f);
                        return (source.contains("@JsonValue") || source.contains("@JsonCreator"))
                                && !source.contains("@RegisterForReflection");
                    })
                    .toList();
            assertThat(unregistered).as("@JsonValue/@JsonCreator types without @RegisterForReflection").isEmpty();
        }
    }

    private static List<PathMatcher> includes() throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve("application.properties"))) {
            properties.load(in);
        }
        String value = properties.getProperty("quarkus.native.resources.includes", "");
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(g -> !g.isEmpty())
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g))
                .toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
