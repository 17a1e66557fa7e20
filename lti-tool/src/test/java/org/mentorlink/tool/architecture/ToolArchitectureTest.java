package org.mentorlink.tool.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * DESIGN.md: the LTI protocol knows nothing of mentoring; only the bridge joins the two. Only the
 * tool's own classes are imported (what they depend on is known by name, see {@code
 * archunit.properties}); the domain's rules are the plugin's {@code DomainArchitectureTest}.
 */
@AnalyzeClasses(
    packages = "org.mentorlink.tool",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ToolArchitectureTest {

  @ArchTest
  static final ArchRule ltiUsesOnlySharedDomainValues =
      noClasses()
          .that()
          .resideInAPackage("org.mentorlink.tool.lti..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.mentorlink.domain.person..",
              "org.mentorlink.domain.persistence..",
              "org.mentorlink.tool.bridge..",
              "org.mentorlink.tool.web..",
              "org.mentorlink.tool.api..");

  @ArchTest
  static final ArchRule onlyTheLtiPackageHandlesJwts =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.mentorlink.tool.lti..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.nimbusds.jwt..");
}
