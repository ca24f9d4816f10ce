package dev.dash.chart;

import org.graalvm.nativeimage.hosted.Feature;
import org.graalvm.nativeimage.hosted.RuntimeClassInitialization;

/**
 * AWT initializes at run time in the native image, but the JDK registers its internal accessors (stateless lambdas
 * implementing the interfaces nested in sun.awt.AWTAccessor) while classes initialize in the builder, so they land in
 * the image heap; the builder then wants each accessor interface initialized at build time, naming one per failed
 * build. This marks them all (interfaces hold no state). Named in application.properties; never loaded on the JVM.
 */
public final class AwtAccessorsFeature implements Feature {

    @Override
    public String getDescription() {
        return "Initializes AWT's accessor interfaces (sun.awt.AWTAccessor) at build time";
    }

    @Override
    public void afterRegistration(AfterRegistrationAccess access) {
        Class<?> accessors = access.findClassByName("sun.awt.AWTAccessor");
        if (accessors == null) {
            return;
        }
        for (Class<?> nested : accessors.getDeclaredClasses()) {
            if (nested.isInterface()) {
                RuntimeClassInitialization.initializeAtBuildTime(nested);
            }
        }
    }
}
