package dev.tailor.render;

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
          .importPackages("dev.tailor.render");

  @Test
  void renderDependsOnCoreLiqpMjml4jAndJsoupOnly() {
    classes()
        .that()
        .resideInAPackage("dev.tailor.render..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "javax.crypto..",
            "dev.tailor.core..",
            "dev.tailor.render..",
            "liqp..",
            "ch.digitalfondue.mjml4j..",
            "org.jsoup..")
        .check(classes);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("dev.tailor.render.(*)..").should().beFreeOfCycles().check(classes);
  }
}
