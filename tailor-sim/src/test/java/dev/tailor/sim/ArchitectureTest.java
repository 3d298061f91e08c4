package dev.tailor.sim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.tailor.sim");

  @Test
  void theSimulatorDependsOnCoreAndTheJdkAlone() {
    classes()
        .that()
        .resideInAPackage("dev.tailor.sim..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "dev.tailor.core..", "dev.tailor.sim..")
        .check(classes);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("dev.tailor.sim.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void onlyTheEntryPackageUsesTheEntryPoint() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.tailor.sim")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.tailor.sim")
        .check(classes);
  }
}
