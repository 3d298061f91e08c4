package dev.tailor.ingest;

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
          .importPackages("dev.tailor.ingest");

  @Test
  void ingestDependsOnCoreCommonsCsvAndJacksonOnly() {
    classes()
        .that()
        .resideInAPackage("dev.tailor.ingest..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "dev.tailor.core..",
            "dev.tailor.ingest..",
            "org.apache.commons.csv..",
            "com.fasterxml.jackson..")
        .check(classes);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("dev.tailor.ingest.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void featurePackagesDoNotReachUpToTheImportApi() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.tailor.ingest.(*)..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.tailor.ingest")
        .check(classes);
  }

  @Test
  void readingKnowsNothingOfTheInterchangeFormatOrMappings() {
    noClasses()
        .that()
        .resideInAPackage("dev.tailor.ingest.read..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.tailor.ingest.interchange..", "dev.tailor.ingest.mapping..")
        .check(classes);
  }
}
