package dev.dash.ops.nativecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner jar's manifest and the jars' META-INF/native-image, read as the driver reads them. */
class ImageJarsTest {

    private static final String NETTY_REFLECT = "META-INF/native-image/io.netty/netty-codec/reflect-config.json";

    @TempDir
    Path dir;

    @Test
    void theManifestGivesClassPathMainClassAndModulesToOpen() throws IOException {
        Path runner = jar("runner.jar", Map.of("Main-Class", "io.quarkus.runner.GeneratedMain",
                "Class-Path", "lib/a.jar lib/b.jar", "Add-Opens", "java.base/java.lang java.base/java.nio",
                "Enable-Native-Access", "ALL-UNNAMED"), Map.of());

        assertThat(ImageJars.classPath(runner)).containsExactly(runner, dir.resolve("lib/a.jar"),
                dir.resolve("lib/b.jar"));
        assertThat(ImageJars.manifestArgs(runner)).containsExactly("-H:Class=io.quarkus.runner.GeneratedMain",
                "-H:AddOpens=java.base/java.lang=ALL-UNNAMED", "-H:AddOpens=java.base/java.nio=ALL-UNNAMED",
                "-H:EnableNativeAccess=ALL-UNNAMED");
    }

    @Test
    void propertiesArgsAreTranslatedAndConfigFilesLoadedUnlessExcluded() throws IOException {
        Path codec = jar("io.netty.netty-codec-4.1.133.Final.jar", Map.of(), Map.of(
                "META-INF/native-image/io.netty/netty-codec/native-image.properties",
                "Args = --initialize-at-run-time=io.netty.handler.codec.compression.BrotliDecoder \\\n"
                        + "       --initialize-at-build-time=io.netty",
                NETTY_REFLECT, "[]",
                "META-INF/native-image/io.netty/netty-codec/resource-config.json", "{}"));
        var driver = new DriverArgs().add(List.of("--exclude-config", "io\\.netty\\.netty-codec",
                "/META-INF/native-image/io\\.netty/netty-codec/reflect-config\\.json"));
        List<String> config = new ArrayList<>();

        ImageJars.addMetaInf(List.of(codec), driver, config);

        assertThat(driver.builderArgs()).containsExactly(
                "-H:ClassInitialization=io.netty.handler.codec.compression.BrotliDecoder:run_time",
                "-H:ClassInitialization=io.netty:build_time");
        assertThat(config).containsExactly(
                "-H:ResourceConfigurationResources=META-INF/native-image/io.netty/netty-codec/resource-config.json");
    }

    @Test
    void theOwnDirectoryPlaceholderIsReplacedAsTheDriverDoes() throws IOException {
        String dir = "META-INF/native-image/com.networknt/json-schema-validator";
        Path validator = jar("json-schema-validator-2.0.8.jar", Map.of(), Map.of(dir + "/native-image.properties",
                "Args = -H:ReflectionConfigurationResources=${.}/reflect-config.json"));
        var driver = new DriverArgs();

        ImageJars.addMetaInf(List.of(validator), driver, new ArrayList<>());

        assertThat(driver.builderArgs()).containsExactly("-H:ReflectionConfigurationResources=" + dir
                + "/reflect-config.json");
    }

    private Path jar(String name, Map<String, String> attributes, Map<String, String> entries) throws IOException {
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.forEach((k, v) -> manifest.getMainAttributes().putValue(k, v));
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); var zip = new JarOutputStream(out, manifest)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new JarEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }
}
