package dev.tailor.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.tailor.store");

  @Test
  void theStoreDependsOnCoreJdbiFlywayDriversAndHikariOnly() {
    classes()
        .that()
        .resideInAPackage("dev.tailor.store..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "javax.sql..",
            "dev.tailor.core..",
            "dev.tailor.store..",
            "org.jdbi.v3..",
            "org.flywaydb..",
            "org.sqlite..",
            "org.postgresql..",
            "com.zaxxer.hikari..")
        .check(classes);
  }

  @Test
  void featurePackagesDoNotDependOnEachOther() {
    List<String> features = List.of("customer", "catalog", "event", "identity");
    for (String feature : features) {
      String[] others =
          features.stream()
              .filter(f -> !f.equals(feature))
              .map(f -> "dev.tailor.store." + f + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage("dev.tailor.store." + feature + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .check(classes);
    }
  }

  @Test
  void storePackagesHaveNoCycles() {
    slices().matching("dev.tailor.store.(*)..").should().beFreeOfCycles().check(classes);
  }
}
