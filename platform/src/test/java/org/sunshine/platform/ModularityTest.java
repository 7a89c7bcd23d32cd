package org.sunshine.platform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

  private final ApplicationModules modules = ApplicationModules.of(SunshineApplication.class);

  @Test
  void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
    modules.verify();
  }

  /** Regenerates docs/modules (C4 component diagram, one canvas per module) on every test run. */
  @Test
  void writesModuleDocumentation() {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
        .writeDocumentation()
        .writeIndividualModulesAsPlantUml()
        .writeModulesAsPlantUml();
  }
}
