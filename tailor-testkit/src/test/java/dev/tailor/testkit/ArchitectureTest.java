package dev.tailor.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.tailor.testkit");

  @Test
  void theTestkitDependsOnCoreJunitAndAssertjOnly() {
    classes()
        .that()
        .resideInAPackage("dev.tailor.testkit..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "dev.tailor.core..", "dev.tailor.testkit..", "org.junit..", "org.assertj..")
        .check(classes);
  }
}
