package dev.dash.slack;

import java.nio.file.Path;
import java.util.List;
import org.graalvm.nativeimage.hosted.Feature;
import org.graalvm.nativeimage.hosted.RuntimeReflection;

/**
 * Registers the Slack SDK's Gson-mapped types (SlackGsonTypes) for reflection in the native image: each class, its
 * constructors (Gson instantiates through them) and its fields (Gson reads and writes them). Named in
 * application.properties (quarkus.native.additional-build-args); never loaded on the JVM.
 */
public final class SlackGsonFeature implements Feature {

    @Override
    public String getDescription() {
        return "Registers the Slack SDK's model, request and response classes for Gson";
    }

    @Override
    public void beforeAnalysis(BeforeAnalysisAccess access) {
        List<Path> classPath = access.getApplicationClassPath();
        for (String name : SlackGsonTypes.in(classPath)) {
            Class<?> type = access.findClassByName(name);
            if (type == null) {
                continue;
            }
            try {
                RuntimeReflection.register(type);
                RuntimeReflection.register(type.getDeclaredConstructors());
                RuntimeReflection.register(type.getDeclaredFields());
            } catch (LinkageError e) {
                // A type whose fields name a class that is not on the class path is one Gson cannot map either.
            }
        }
    }
}
