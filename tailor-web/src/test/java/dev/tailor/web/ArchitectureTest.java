package dev.tailor.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private final JavaClasses web =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.tailor.web", "gg.jte.generated");

  private final JavaClasses everything =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.tailor");

  @Test
  void webDependsOnCoreInsightsJavalinJacksonJteMicrometerAndSlf4jOnly() {
    classes()
        .that()
        .resideInAPackage("dev.tailor.web..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "javax.crypto..",
            "dev.tailor.core..",
            "dev.tailor.insights..",
            "dev.tailor.web..",
            "io.javalin..",
            "org.eclipse.jetty..",
            "jakarta.servlet..",
            "com.fasterxml.jackson..",
            "gg.jte..",
            "io.micrometer..",
            "org.slf4j..",
            "kotlin..",
            "org.jetbrains.annotations..")
        .check(web);
  }

  @Test
  void noModuleButWebUsesJavalin() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.tailor.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "gg.jte..")
        .check(everything);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("dev.tailor.web.(*)..").should().beFreeOfCycles().check(web);
  }
}
