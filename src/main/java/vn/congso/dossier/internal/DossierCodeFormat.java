package vn.congso.dossier.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How a dossier code is written. Circular 01/2018 Art. 19 (re-specified by Circular 03/2025, hence one strategy
 * to replace): {@code <agency electronic id>-<yyMMdd of reception>-<4-digit daily sequence per agency>}, e.g.
 * {@code 000.00.01.H66-261128-0012}. Beyond 9,999 a day the sequence simply grows a digit.
 */
interface DossierCodeFormat {

    String format(String agencyElectronicId, LocalDate day, int sequence);

    /** The format of Circular 01/2018. */
    DossierCodeFormat CIRCULAR_01_2018 = (agency, day, sequence) ->
            agency + "-" + day.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-" + String.format("%04d", sequence);
}
