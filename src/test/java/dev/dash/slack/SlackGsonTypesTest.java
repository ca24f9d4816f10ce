package dev.dash.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.Message;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The types SlackGsonFeature registers for the native image are derived from the SDK's jars; this checks that the
 * derivation covers every Slack type our code touches and everything Gson reaches from them through fields.
 */
class SlackGsonTypesTest {

    private static final SortedSet<String> DERIVED = SlackGsonTypes.in(List.of(jarOf(Message.class),
            jarOf(ChatPostMessageResponse.class)));
    private static final JavaClasses OURS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.dash");

    @Test
    void theDerivationFindsTheSdksModelRequestAndResponseClassesNestedOnesIncluded() {
        assertThat(DERIVED).hasSizeGreaterThan(1500)
                .contains("com.slack.api.model.User$Profile", "com.slack.api.model.block.SectionBlock",
                        "com.slack.api.methods.response.files.FilesUploadV2Response",
                        "com.slack.api.methods.request.chat.ChatPostMessageRequest")
                .noneMatch(n -> n.matches(".*\\$\\d+") || n.endsWith("package-info"));
    }

    @Test
    void everySlackTypeOurCodeUsesAndEveryTypeGsonReachesFromItIsRegistered() {
        Set<String> used = slackTypesWeUse();
        assertThat(used).as("the Slack types our code uses").contains("com.slack.api.model.Message",
                "com.slack.api.methods.response.chat.ChatPostMessageResponse",
                "com.slack.api.methods.response.users.UsersInfoResponse");

        Set<String> reached = gsonClosure(used);

        assertThat(reached).as("nested model classes are reached").contains("com.slack.api.model.User$Profile");
        assertThat(DERIVED).containsAll(reached);
    }

    /** The model, request and response types named by our classes, and what the SDK's methods we call return. */
    private static Set<String> slackTypesWeUse() {
        Set<String> used = new TreeSet<>();
        for (JavaClass ours : OURS) {
            ours.getDirectDependenciesFromSelf().forEach(d -> used.add(d.getTargetClass().getName()));
            ours.getMethodCallsFromSelf().forEach(c -> used.add(c.getTarget().getRawReturnType().getName()));
        }
        used.removeIf(n -> !isMappedPackage(n));
        return used;
    }

    /** Every mapped type Gson reaches from these through the fields of the class and its superclasses. */
    private static Set<String> gsonClosure(Set<String> roots) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name)) {
                continue;
            }
            for (Class<?> type = load(name); type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    rawTypes(field.getGenericType()).stream().map(Class::getName)
                            .filter(SlackGsonTypesTest::isMappedPackage).forEach(todo::push);
                }
            }
        }
        return seen;
    }

    private static List<Class<?>> rawTypes(Type type) {
        if (type instanceof Class<?> c) {
            return c.isArray() ? rawTypes(c.getComponentType()) : List.of(c);
        }
        if (type instanceof ParameterizedType p) {
            List<Class<?>> all = new java.util.ArrayList<>(rawTypes(p.getRawType()));
            for (Type argument : p.getActualTypeArguments()) {
                all.addAll(rawTypes(argument));
            }
            return all;
        }
        return type instanceof GenericArrayType a ? rawTypes(a.getGenericComponentType()) : List.of();
    }

    private static boolean isMappedPackage(String className) {
        return SlackGsonTypes.PACKAGES.stream().anyMatch(p -> className.startsWith(p + "."));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SlackGsonTypesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not on the class path: " + name, e);
        }
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
