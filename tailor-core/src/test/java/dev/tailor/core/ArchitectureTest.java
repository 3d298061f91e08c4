package dev.tailor.core;

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
          .importPackages("dev.tailor.core");

  @Test
  void coreDependsOnTheJdkAlone() {
    classes()
        .that()
        .resideInAPackage("dev.tailor.core..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "dev.tailor.core..")
        .check(classes);
  }

  @Test
  void corePackagesHaveNoCycles() {
    slices().matching("dev.tailor.core.(*)..").should().beFreeOfCycles().check(classes);
  }
}
