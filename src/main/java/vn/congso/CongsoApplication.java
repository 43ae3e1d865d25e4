package vn.congso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Cổng số: the public-service platform of a Vietnamese province. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableScheduling
public class CongsoApplication {

    public static void main(String[] args) {
        if (args.length == 2 && "import".equals(args[0])) {
            // Command-line catalogue import: no web server, exit with the import's verdict.
            SpringApplication app = new SpringApplication(CongsoApplication.class);
            app.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
            System.setProperty("congso.import.file", args[1]);
            System.setProperty("congso.demo.enabled", "false");
            System.setProperty("spring.main.banner-mode", "off");
            System.exit(SpringApplication.exit(app.run()));
        }
        if (args.length == 1 && "kpi-recompute".equals(args[0])) {
            // Command-line recomputation of the KPI facts from the dossiers: no web server.
            SpringApplication app = new SpringApplication(CongsoApplication.class);
            app.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
            System.setProperty("congso.kpi.recompute", "true");
            System.setProperty("congso.demo.enabled", "false");
            System.setProperty("spring.main.banner-mode", "off");
            System.exit(SpringApplication.exit(app.run()));
        }
        SpringApplication.run(CongsoApplication.class, args);
    }
}
