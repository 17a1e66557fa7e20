package org.mentorlink.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.tool.session.CurrentSession;

/** The actor of the request's launch and the course they launched from. */
@RequestScoped
public class CourseScope {
  @Inject CurrentSession current;

  public Actor actor() {
    return current.actor();
  }

  /** The course (LTI context) of the launch; null for a launch without a course. */
  public String course() {
    return current.course();
  }
}
