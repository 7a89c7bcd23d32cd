package org.sunshine.platform;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

  private static final Path DOCS = Path.of("../docs/modules");

  private final ApplicationModules modules = ApplicationModules.of(SunshineApplication.class);

  @Test
  void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
    modules.verify();
  }

  /**
   * Regenerates docs/modules (C4 component diagrams, one canvas per module) on every test run, in a
   * stable order: the same structure gives byte-identical files.
   */
  @Test
  void writesModuleDocumentation() {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
        .writeDocumentation();
    StableModuleDocs.normalise(DOCS);
  }
}
