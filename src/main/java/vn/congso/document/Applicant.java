package vn.congso.document;

import java.util.Objects;

/** The person or organisation a form is about; only the name is required. */
public record Applicant(String name, String address, String phone, String email) {

    public Applicant {
        Objects.requireNonNull(name, "name");
    }

    public static Applicant named(String name) {
        return new Applicant(name, null, null, null);
    }
}
