package dev.tailor.app;

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
          .importPackages("dev.tailor.app");

  @Test
  void theAppReachesTheDatabaseOnlyThroughTheStoreModule() {
    noClasses()
        .that()
        .resideInAPackage("dev.tailor.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jdbi..", "org.flywaydb..", "java.sql..", "com.zaxxer..")
        .check(classes);
  }

  @Test
  void theAppServesHttpOnlyThroughTheWebModule() {
    noClasses()
        .that()
        .resideInAPackage("dev.tailor.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "gg.jte..", "org.eclipse.jetty..")
        .check(classes);
  }

  @Test
  void onlyTheWiringChoosesImplementations() {
    noClasses()
        .that()
        .resideInAPackage("dev.tailor.app..")
        .and()
        .resideOutsideOfPackage("dev.tailor.app.wiring..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.tailor.store..")
        .check(classes);
  }

  @Test
  void commandPackagesHaveNoCycles() {
    slices()
        .matching("dev.tailor.app.(*)..")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                "dev.tailor.app.cli"))
        .check(classes);
  }
}
