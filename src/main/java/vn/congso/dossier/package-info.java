/**
 * Dossiers (hồ sơ) from draft to result: server-side drafts of online applications, documents and their files,
 * submission with the dossier code, the status model mapped onto the DVCQG codes 1–10 with an append-only history,
 * public tracking, and the per-dossier facts that Decision 766 reads. Other modules change a dossier only through
 * {@link vn.congso.dossier.Dossiers}. A new dossier publishes {@link vn.congso.dossier.DossierSubmitted} (its
 * first status, 1 or 2, is in it); every later change of status publishes {@link vn.congso.dossier.DossierStatusChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossier")
package vn.congso.dossier;
