package vn.congso.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.congso.catalog.CatalogImport;
import vn.congso.dossier.Actor;
import vn.congso.dossier.Channel;
import vn.congso.dossier.DossierAction;
import vn.congso.dossier.DossierView;
import vn.congso.dossier.Dossiers;
import vn.congso.organization.AdminLevel;
import vn.congso.organization.Organization;
import vn.congso.support.Fixtures;

/**
 * Dossiers and procedures for feedback tests: a walk-in birth registration at the Buôn Ma Thuột ward centre taken
 * to any status through the dossier module's own actions, and a provincial procedure of the Department of Justice.
 */
@Component
public class FeedbackFixtures {

    public static final String PASSWORD = "Congso@2026";
    /** The ward centre where tiepnhan.bmt works (receives the walk-in dossiers). */
    public static final String BMT_CENTRE = "000.01.01.H66";
    public static final String JUSTICE = "000.00.03.H66";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Dossiers dossiers;
    private final Organization organization;
    private final CatalogImport catalog;

    FeedbackFixtures(Dossiers dossiers, Organization organization, CatalogImport catalog) {
        this.dossiers = dossiers;
        this.organization = organization;
        this.catalog = catalog;
    }

    /** A walk-in dossier received and being processed (status 4). */
    public DossierView inProgress(String email) {
        Actor desk = new Actor(null, "Y Khoa Niê", "RECEPTIONIST");
        long centre = organization.agencyByCode(BMT_CENTRE).orElseThrow().id();
        long ward = organization.adminUnit("24133", LocalDate.now()).filter(u -> u.level() == AdminLevel.COMMUNE).orElseThrow().id();
        DossierView d = dossiers.intake(new Dossiers.Intake("1.001193", Channel.IN_PERSON, centre, ward, "Nguyễn Văn An", "066090001111",
                "0905123456", email, "12 Phan Bội Châu, phường Buôn Ma Thuột", null, List.of()), desk);
        d = dossiers.act(d.id(), d.version(), new DossierAction.Accept(), desk);
        return dossiers.act(d.id(), d.version(), new DossierAction.StartProcessing("Thẩm định"), Actor.system("test"));
    }

    /** A walk-in dossier whose result was handed over (status 10). */
    public DossierView returned(String email) {
        DossierView d = inProgress(email);
        d = dossiers.act(d.id(), d.version(), new DossierAction.Decide("KS-" + System.nanoTime(), null), Actor.system("test"));
        return dossiers.act(d.id(), d.version(), new DossierAction.ReturnResult("Trả tại quầy"), Actor.system("test"));
    }

    /** A provincial procedure of the Department of Justice, with a unique code. */
    public String justiceProcedure() {
        String code = Fixtures.uniqueCode();
        Map<String, Object> row = Fixtures.aProcedure(code).named("Thủ tục thử nghiệm phản ánh " + code).with("competentAgency", JUSTICE).build();
        CatalogImport.Result r = catalog.importJson(JSON.writeValueAsBytes(Map.of("procedures", List.of(row))));
        if (!r.imported()) {
            throw new IllegalStateException(r.problems().toString());
        }
        return code;
    }

    public long agencyId(String code) {
        return organization.agencyByCode(code).orElseThrow().id();
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "." + System.nanoTime() + "@thu.example.vn";
    }
}
