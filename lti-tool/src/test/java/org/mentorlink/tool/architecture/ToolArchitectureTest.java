package org.mentorlink.tool.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.FormParam;

/**
 * DESIGN.md and STYLE.md: the tool's packages form no cycle (a lower package never imports a higher
 * one); the LTI protocol knows nothing of mentoring, of sessions or of pages; only the bridge joins
 * the two. Only the tool's own classes are imported (what they depend on is known by name, see
 * {@code archunit.properties}); the domain's rules, its cycle rule included, are the plugin's
 * {@code DomainArchitectureTest}.
 */
@AnalyzeClasses(
    packages = "org.mentorlink.tool",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ToolArchitectureTest {

  @ArchTest
  static final ArchRule toolPackagesAreFreeOfCycles =
      slices().matching("org.mentorlink.tool.(*)..").should().beFreeOfCycles();

  /** An allow-list: the protocol layer may use itself, the plumbing and shared domain values. */
  @ArchTest
  static final ArchRule ltiUsesOnlyItselfThePlumbingAndSharedDomainValues =
      classes()
          .that()
          .resideInAPackage("org.mentorlink.tool.lti..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.mentorlink.tool.lti..",
              "org.mentorlink.tool.infrastructure..",
              "org.mentorlink.domain.shared..",
              "java..",
              "javax.sql..",
              "jakarta..",
              "org.eclipse.microprofile..",
              "com.nimbusds..",
              "org.imsglobal.lti.launch..");

  /**
   * The IMS Global LTI 1.1 library (javax-era, with OAuth 1.0a underneath) stays behind one class
   * of the LTI layer: nothing else may reach it, so none of its servlet-bound API is ever called.
   */
  @ArchTest
  static final ArchRule onlyOneClassUsesTheLti11Library =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("org.mentorlink.tool.lti.legacy.OAuthSignatures")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.imsglobal..", "net.oauth..");

  /** Sessions are plumbing for the pages: they know the domain's values, not its features. */
  @ArchTest
  static final ArchRule sessionsUseOnlyThePlumbingAndSharedDomainValues =
      classes()
          .that()
          .resideInAPackage("org.mentorlink.tool.session..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.mentorlink.tool.session..",
              "org.mentorlink.tool.infrastructure..",
              "org.mentorlink.domain.shared..",
              "java..",
              "jakarta..");

  /**
   * The CSRF check reads a posted form before the resource does, and on Liberty a single {@code
   * FormParam} then arrives empty: pages take the whole form ({@code MultivaluedMap}) instead. Only
   * the LTI endpoints (exempt from the CSRF check) read single form fields.
   */
  @ArchTest
  static final ArchRule pagesReadWholeForms =
      noMethods()
          .that()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("org.mentorlink.tool.lti..")
          .should(
              new ArchCondition<JavaMethod>("take a single @FormParam") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                  for (JavaParameter p : method.getParameters()) {
                    if (p.isAnnotatedWith(FormParam.class)) {
                      events.add(
                          SimpleConditionEvent.satisfied(
                              method, method.getFullName() + " takes a @FormParam"));
                    }
                  }
                }
              });

  @ArchTest
  static final ArchRule onlyTheLtiPackageHandlesJwts =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.mentorlink.tool.lti..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.nimbusds.jwt..");
}
