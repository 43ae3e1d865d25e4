package vn.congso.dossier;

/** Who does something to a dossier, as the history records it. */
public record Actor(Long accountId, String name, String role) {

    public static Actor system(String what) {
        return new Actor(null, what, "SYSTEM");
    }
}
