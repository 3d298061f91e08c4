package dev.tailor.mail;

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
          .importPackages("dev.tailor.mail");

  @Test
  void mailDependsOnCoreJakartaMailAngusMailAndTheDkimLibraryOnly() {
    classes()
        .that()
        .resideInAPackage("dev.tailor.mail..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "dev.tailor.core..",
            "dev.tailor.mail..",
            "jakarta.mail..",
            "org.eclipse.angus.mail..",
            "org.simplejavamail.utils.mail.dkim..")
        .check(classes);
  }

  @Test
  void onlyTheDkimPackageUsesTheDkimLibrary() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.tailor.mail.dkim..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.simplejavamail..")
        .check(classes);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("dev.tailor.mail.(*)..").should().beFreeOfCycles().check(classes);
  }
}
