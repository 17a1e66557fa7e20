package org.mentorlink.tool.lti.launch;

import java.util.List;

/**
 * The validation of an LTI 1.3 launch as an explicit, ordered pipeline of named steps, each
 * enforcing one part of the 1EdTech Security Framework 1.0 ("SF") or LTI 1.3 Core ("Core") and
 * citing it. No step is ever skipped; the first failure stops the pipeline with its {@link
 * LaunchError}.
 *
 * <p>The order is stricter than the reference libraries': the state comes first and is spent
 * whatever follows, nothing in the token is read before the token is known to come from the
 * registration the login was for and is signed by its key, and the nonce is recorded only for a
 * token that is signed and in date. The only writes are those two (through {@link LaunchStores}); a
 * new deployment, the person, the course, the link and the session are written by the {@link
 * LaunchHandler} once every step has passed.
 */
public final class LaunchPipeline {
  private final List<LaunchStep> steps;

  LaunchPipeline(List<LaunchStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The standard pipeline over {@code stores}. */
  public static LaunchPipeline over(LaunchStores stores) {
    return new LaunchPipeline(
        List.of(
            new StateStep(stores.logins()),
            new FormatStep(),
            new RegistrationStep(stores.registrations()),
            new SignatureStep(stores.keys()),
            new TimesStep(stores.clock(), stores.config()),
            new NonceStep(stores.nonces(), stores.config()),
            new DeploymentStep(stores.registrations()),
            new VersionStep(),
            new MessageTypeStep(),
            new Lti1p1Step(stores.lti11Secrets()),
            new ClaimsStep()));
  }

  /** The validated launch; throws the {@link LaunchException} of the first step that refuses. */
  public LaunchMessage validate(LaunchRequest request) {
    LaunchFacts launch = new LaunchFacts(request);
    for (LaunchStep step : steps) {
      step.check(launch);
    }
    return launch.message();
  }

  /** The steps' names, in order. */
  public List<String> stepNames() {
    return steps.stream().map(LaunchStep::name).toList();
  }
}
