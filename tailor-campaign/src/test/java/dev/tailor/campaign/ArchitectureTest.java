package dev.tailor.campaign;

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
          .importPackages("dev.tailor.campaign");

  @Test
  void campaignDependsOnCoreStrategyRenderAndJacksonOnly() {
    classes()
        .that()
        .resideInAPackage("dev.tailor.campaign..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "dev.tailor.core..",
            "dev.tailor.strategy..",
            "dev.tailor.render..",
            "dev.tailor.campaign..",
            "com.fasterxml.jackson..")
        .check(classes);
  }

  @Test
  void onlyTheSpecAndDecisionJsonReadYamlOrJson() {
    classes()
        .that()
        .resideInAnyPackage(
            "dev.tailor.campaign.assign..",
            "dev.tailor.campaign.audience..",
            "dev.tailor.campaign.schedule..")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackage("com.fasterxml..")
        .check(classes);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("dev.tailor.campaign.(*)..").should().beFreeOfCycles().check(classes);
  }
}
