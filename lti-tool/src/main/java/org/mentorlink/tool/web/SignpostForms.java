package org.mentorlink.tool.web;

/** The signposting form during a relationship (the mentor's and the lead's). */
final class SignpostForms {
  /** Where a refused signposting's error goes. */
  static final ErrorFields SIGNPOSTING =
      ErrorFields.otherwise("service")
          .code("REASON_REQUIRED", "reason")
          .attribute("reason", "reason");

  private SignpostForms() {}

  /** The form's own checks: a service chosen, a note written. */
  static FormErrors check(FormData form) {
    FormErrors errors = new FormErrors();
    if (form.text("service") == null) {
      errors.add("service", "Choose the service to point the mentee to.");
    }
    if (form.text("reason") == null) {
      errors.add("reason", "Write a few words for the mentee on why this service may help.");
    }
    return errors;
  }
}
