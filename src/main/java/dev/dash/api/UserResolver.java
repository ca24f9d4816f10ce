package dev.dash.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/** Who is asking: the X-User-Id header, else "dev". The JWT subject takes precedence in prd (a later issue). */
@ApplicationScoped
public class UserResolver {

    public static final String HEADER = "X-User-Id";
    private static final String DEFAULT_USER = "dev";
    private static final Pattern VALID = Pattern.compile("[\\w.@:+-]{1,128}");

    public String userId(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT_USER;
        }
        String id = header.strip();
        if (!VALID.matcher(id).matches()) {
            throw new ApiException(400, "bad_request",
                    "X-User-Id must be 1-128 letters, digits or . @ : + - _ characters");
        }
        return id;
    }
}
