package dev.dash.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The service's JAX-RS endpoints, found by reflection over its {@code @Path} resources. */
public final class Endpoints {

    private Endpoints() {
    }

    /** "METHOD /path/{template}" of every resource method. */
    public static Set<String> all() {
        Set<String> endpoints = new TreeSet<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.dash").stream().filter(c -> c.isAnnotatedWith(Path.class))
                .map(c -> c.reflect()).forEach(resource -> {
                    String base = resource.getAnnotation(Path.class).value();
                    for (Method method : resource.getMethods()) {
                        httpMethod(method).ifPresent(verb -> {
                            Path sub = method.getAnnotation(Path.class);
                            endpoints.add(verb + " " + join(base, sub == null ? "" : sub.value()));
                        });
                    }
                });
        assertThat(endpoints).as("endpoints found by reflection").hasSizeGreaterThan(20);
        return endpoints;
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations()).map(Annotation::annotationType)
                .map(type -> type.getAnnotation(HttpMethod.class)).filter(Objects::nonNull)
                .map(HttpMethod::value).findFirst();
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
