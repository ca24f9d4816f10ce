package dev.dash.ops.nativecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The driver's arguments, as Quarkus and our libraries write them, become the builder's. */
class DriverArgsTest {

    /** Abridged from a real target/native-sources/native-image.args of this application. */
    private static final String QUARKUS_ARGS = "-J-Dfile.encoding=UTF-8 -H:+UnlockExperimentalVMOptions "
            + "-H:IncludeLocales=en -H:-UnlockExperimentalVMOptions --enable-native-access=ALL-UNNAMED "
            + "--features=io.quarkus.runner.Feature,io.quarkus.runtime.graal.DisableLoggingFeature "
            + "-J--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED --no-fallback --link-at-build-time "
            + "--enable-url-protocols=http,https --enable-monitoring=heapdump,threaddump "
            + "--exclude-config io\\.netty\\.netty-codec /META-INF/native-image/io\\.netty/netty-codec/generated/"
            + "handlers/reflect-config\\.json "
            + "--initialize-at-run-time=com.slack.api,org.jfree dash-0.1.0-SNAPSHOT-runner -jar "
            + "dash-0.1.0-SNAPSHOT-runner.jar";

    @Test
    void quarkusArgumentsBecomeBuilderOptionsJvmOptionsNameAndJar() {
        var driver = new DriverArgs().add(DriverArgs.split(QUARKUS_ARGS));

        assertThat(driver.builderArgs()).containsExactly(
                "-H:+UnlockExperimentalVMOptions", "-H:IncludeLocales=en", "-H:-UnlockExperimentalVMOptions",
                "-H:EnableNativeAccess=ALL-UNNAMED",
                "-H:Features=io.quarkus.runner.Feature,io.quarkus.runtime.graal.DisableLoggingFeature",
                "-H:FallbackThreshold=0", "-H:LinkAtBuildTime=", "-H:EnableURLProtocols=http,https",
                "-H:EnableMonitoringFeatures=heapdump,threaddump",
                "-H:ClassInitialization=com.slack.api:run_time,org.jfree:run_time");
        assertThat(driver.jvmArgs()).containsExactly("-Dfile.encoding=UTF-8",
                "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED");
        assertThat(driver.imageName()).isEqualTo("dash-0.1.0-SNAPSHOT-runner");
        assertThat(driver.jar()).isEqualTo("dash-0.1.0-SNAPSHOT-runner.jar");
    }

    @Test
    void anExcludedConfigFileIsMatchedByJarAndResource() {
        var driver = new DriverArgs().add(DriverArgs.split(QUARKUS_ARGS));
        String resource = "/META-INF/native-image/io.netty/netty-codec/generated/handlers/reflect-config.json";

        assertThat(driver.exclusions()).singleElement().satisfies(x -> {
            assertThat(x.excludes("/app/lib/io.netty.netty-codec-4.1.133.Final.jar", resource)).isTrue();
            assertThat(x.excludes("/app/lib/io.netty.netty-codec-http-4.1.133.Final.jar",
                    "/META-INF/native-image/io.netty/netty-codec-http/reflect-config.json")).isFalse();
        });
    }

    @Test
    void aPropertiesFilesArgsAccumulateWithTheArgsFile() {
        var driver = new DriverArgs().add(List.of("--initialize-at-build-time=io.netty"))
                .add(DriverArgs.split("--initialize-at-run-time=a.B,a.C\n       --initialize-at-build-time"));

        assertThat(driver.builderArgs()).containsExactly("-H:ClassInitialization=io.netty:build_time",
                "-H:ClassInitialization=a.B:run_time,a.C:run_time", "-H:ClassInitialization=:build_time");
    }

    @Test
    void addExportsAndOpensGoToTheBuilderForTheImage() {
        var driver = new DriverArgs().add(List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"));

        assertThat(driver.builderArgs()).containsExactly("-H:AddOpens=java.base/java.lang=ALL-UNNAMED",
                "-H:AddExports=java.base/jdk.internal.misc=ALL-UNNAMED");
    }

    @Test
    void anUnknownArgumentFailsInsteadOfBeingDropped() {
        assertThatThrownBy(() -> new DriverArgs().add(List.of("--static"))).hasMessageContaining("--static");
        assertThatThrownBy(() -> new DriverArgs().add(List.of("-jar"))).hasMessageContaining("lacks its value");
    }

    @Test
    void splittingKeepsEscapedSpaces() {
        assertThat(DriverArgs.split("  -H:Name=a\\ b\n-J-Dx=1 ")).containsExactly("-H:Name=a b", "-J-Dx=1");
    }
}
