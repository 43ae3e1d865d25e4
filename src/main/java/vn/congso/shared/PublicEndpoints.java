package vn.congso.shared;

import java.util.List;

/**
 * Paths a module serves without login (Ant-style patterns, GET and HEAD only unless {@code anyMethod}).
 * Each module declares its own as a bean; everything not declared requires a signed-in user.
 */
public record PublicEndpoints(List<String> getPatterns, List<String> anyMethodPatterns) {

    public static PublicEndpoints get(String... patterns) {
        return new PublicEndpoints(List.of(patterns), List.of());
    }

    public static PublicEndpoints of(List<String> getPatterns, List<String> anyMethodPatterns) {
        return new PublicEndpoints(getPatterns, anyMethodPatterns);
    }
}
