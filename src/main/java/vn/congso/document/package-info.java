/**
 * PDF (and XLSX) generation of the official one-stop forms of Circular 03/2025/TT-VPCP, Annex I (Mẫu số 01–07:
 * receipt and appointment, supplement request, refusal, apology and extension, stop notice, process-control
 * sheet, tracking book), the online-submission receipt and generic result documents. The module knows nothing
 * about dossiers: callers fill the plain records of this package and ask {@link vn.congso.document.Forms} for
 * bytes. Texts are Vietnamese (legal forms), dates {@code dd/MM/yyyy} and times {@code HH:mm} in
 * Asia/Ho_Chi_Minh, and a Unicode font (DejaVu Sans) is embedded so diacritics survive printing and copying.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package vn.congso.document;
