package vn.congso.catalog;

/**
 * A document the applicant supplies (thành phần hồ sơ): how many originals and copies, whether mandatory, and a
 * downloadable template when the law prescribes a form.
 */
public record Component(
        long id,
        String code,
        String name,
        int originals,
        int copies,
        boolean mandatory,
        String templateName,
        String templateUrl,
        String note) {
}
