/**
 * The live programme dashboard and the Decision 766 score: per-dossier and per-feedback facts kept fresh from the
 * dossier and feedback events, indicator packs (programme targets, Decision 766) as versioned configuration,
 * their evaluation per unit, procedure and period, the leaders' dashboard with early warnings, and the public
 * transparency page. Other modules only publish events; nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "KPI")
package vn.congso.kpi;
