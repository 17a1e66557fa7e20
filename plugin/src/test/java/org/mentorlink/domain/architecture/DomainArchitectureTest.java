package org.mentorlink.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules of DESIGN.md: the domain knows nothing of the web or of LTI, and its feature
 * packages depend on each other without cycles (a lower one that needs a higher one owns an
 * interface instead, as {@code request.Mentorship}). Only the domain's classes are imported; what
 * they depend on is known by name (see {@code archunit.properties}).
 */
@AnalyzeClasses(
    packages = "org.mentorlink.domain",
    importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

  @ArchTest
  static final ArchRule domainDoesNotUseJaxRs =
      noClasses()
          .that()
          .resideInAPackage("org.mentorlink.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..");

  @ArchTest
  static final ArchRule domainDoesNotUseTheWebOrLti =
      noClasses()
          .that()
          .resideInAPackage("org.mentorlink.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.mentorlink.tool..",
              "jakarta.servlet..",
              "jakarta.faces..",
              "jakarta.websocket..",
              "com.nimbusds..",
              "org.thymeleaf..");

  @ArchTest
  static final ArchRule featurePackagesAreFreeOfCycles =
      slices().matching("org.mentorlink.domain.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule domainUsesOnlyPersistenceCdiAndTheJdk =
      noClasses()
          .that()
          .resideInAPackage("org.mentorlink.domain..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(
              "org.mentorlink.domain..",
              "java..",
              "jakarta.persistence..",
              "jakarta.enterprise..",
              "jakarta.inject..",
              "jakarta.transaction..",
              "jakarta.annotation..",
              "jakarta.interceptor..");
}
