package vn.congso;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(CongsoApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicTypesAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleMap() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
