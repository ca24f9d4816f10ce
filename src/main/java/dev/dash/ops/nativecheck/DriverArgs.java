package dev.dash.ops.nativecheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The `native-image` driver's arguments (Quarkus's native-image.args, a jar's native-image.properties) in the form
 * the builder itself reads: the driver is not published, its builder is. Only what Quarkus and our libraries pass
 * is translated; anything else fails loudly, so a new argument is never dropped without anyone noticing.
 */
public final class DriverArgs {

    /** Driver options that are one builder option with the same value. */
    private static final Map<String, String> RENAMED = Map.of(
            "--features", "-H:Features",
            "--enable-url-protocols", "-H:EnableURLProtocols",
            "--enable-monitoring", "-H:EnableMonitoringFeatures",
            "--enable-native-access", "-H:EnableNativeAccess",
            "--add-exports", "-H:AddExports",
            "--add-opens", "-H:AddOpens",
            "--add-reads", "-H:AddReads",
            "--link-at-build-time", "-H:LinkAtBuildTime");

    /** A config file the driver was told to skip: jar and resource path both matched by regular expression. */
    public record Exclusion(Pattern jar, Pattern resource) {

        boolean excludes(String jarPath, String resourcePath) {
            return jar.matcher(jarPath).find() && resource.matcher(resourcePath).find();
        }
    }

    private final List<String> builderArgs = new ArrayList<>();
    private final List<String> jvmArgs = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    private String imageName;
    private String jar;

    /** Translates the arguments of one source (the args file, a properties file's Args), appending to this. */
    public DriverArgs add(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-jar") || arg.equals("--exclude-config")) {
                if (i + 1 >= args.size() || arg.equals("--exclude-config") && i + 2 >= args.size()) {
                    throw new IllegalArgumentException(arg + " lacks its value");
                }
                if (arg.equals("-jar")) {
                    jar = args.get(++i);
                } else {
                    exclusions.add(new Exclusion(Pattern.compile(args.get(++i)), Pattern.compile(args.get(++i))));
                }
            } else {
                translate(arg);
            }
        }
        return this;
    }

    private void translate(String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
        if (arg.startsWith("-J")) {
            jvmArgs.add(arg.substring(2));
        } else if (arg.startsWith("-H:")) {
            builderArgs.add(arg);
        } else if (name.equals("--initialize-at-run-time") || name.equals("--initialize-at-build-time")) {
            builderArgs.add("-H:ClassInitialization=" + initialization(value, name.endsWith("run-time") ? "run_time"
                    : "build_time"));
        } else if (arg.equals("--no-fallback")) {
            builderArgs.add("-H:FallbackThreshold=0");
        } else if (RENAMED.containsKey(name)) {
            builderArgs.add(RENAMED.get(name) + "=" + value);
        } else if (!arg.startsWith("-") && imageName == null) {
            imageName = arg;
        } else {
            throw new IllegalArgumentException("no translation for the driver argument " + arg
                    + " (add it to " + DriverArgs.class.getName() + ")");
        }
    }

    /** "a,b" to "a:run_time,b:run_time"; no class at all means every class, as for the driver. */
    private static String initialization(String classes, String when) {
        if (classes.isEmpty()) {
            return ":" + when;
        }
        return Arrays.stream(classes.split(",")).map(c -> c + ":" + when).collect(Collectors.joining(","));
    }

    /** The builder's own options, in order. */
    public List<String> builderArgs() {
        return List.copyOf(builderArgs);
    }

    /** Options of the builder's JVM (the driver's -J arguments). */
    public List<String> jvmArgs() {
        return List.copyOf(jvmArgs);
    }

    public List<Exclusion> exclusions() {
        return List.copyOf(exclusions);
    }

    /** The image name (the driver's positional argument), or null when none was given. */
    public String imageName() {
        return imageName;
    }

    /** The jar given with -jar, or null. */
    public String jar() {
        return jar;
    }

    /** Splits an args file or a properties value on white space, as the driver does; a backslash escapes a space. */
    public static List<String> split(String text) {
        List<String> args = new ArrayList<>();
        for (String token : text.strip().split("(?<!\\\\)\\s+")) {
            if (!token.isEmpty()) {
                args.add(token.replace("\\ ", " "));
            }
        }
        return args;
    }
}
