package vn.congso.notification;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import vn.congso.dossier.Applicant;
import vn.congso.dossier.Channel;
import vn.congso.dossier.DossierStatus;
import vn.congso.dossier.DossierStatusChanged;
import vn.congso.dossier.DossierSubmitted;

/** Dossier events as the dossier module publishes them, for one test's own dossier (unique id and code). */
final class DossierEvents {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    final long dossierId = IDS.incrementAndGet();
    final String code = "000.00.01.H66-261128-" + String.format("%04d", dossierId % 10_000) + "-" + dossierId;
    final String trackingUrl = "http://localhost/tra-cuu?ma=" + code + "&kiemTra=K7Q2";
    Applicant applicant;

    DossierEvents(Long accountId, String email, String phone, String language) {
        applicant = new Applicant(accountId, "Nguyễn Thị Hoa", "066190001234", phone, email, "Phường Tân An, tỉnh Đắk Lắk", language);
    }

    static String uniqueEmail(String prefix) {
        return prefix + "." + IDS.incrementAndGet() + "@thu.example.vn";
    }

    DossierSubmitted submittedOnline() {
        return new DossierSubmitted(dossierId, code, "1.001193", "Đăng ký khai sinh", Channel.ONLINE, 1L, 2L, applicant,
                Instant.parse("2026-11-28T02:15:00Z"), trackingUrl, "K7Q2");
    }

    DossierStatusChanged changed(DossierStatus from, DossierStatus to, Instant appointment, String reason) {
        return new DossierStatusChanged(dossierId, code, "Đăng ký khai sinh", from, to, Instant.parse("2026-11-28T03:00:00Z"),
                reason, applicant, appointment, 1L, 2L, Channel.ONLINE, trackingUrl);
    }
}
