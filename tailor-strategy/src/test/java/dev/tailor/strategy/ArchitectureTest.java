package dev.tailor.strategy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.tailor.strategy");

  @Test
  void strategyDependsOnCoreRecoAndJacksonYamlOnly() {
    classes()
        .that()
        .resideInAPackage("dev.tailor.strategy..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "dev.tailor.core..",
            "dev.tailor.reco..",
            "dev.tailor.strategy..",
            "com.fasterxml.jackson.core..",
            "com.fasterxml.jackson.dataformat.yaml..")
        .check(classes);
  }

  @Test
  void onlyTheSpecPackageReadsYaml() {
    classes()
        .that()
        .resideOutsideOfPackage("dev.tailor.strategy.spec..")
        .and()
        .resideInAPackage("dev.tailor.strategy..")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackage("com.fasterxml..")
        .check(classes);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("dev.tailor.strategy.(*)..").should().beFreeOfCycles().check(classes);
  }
}
