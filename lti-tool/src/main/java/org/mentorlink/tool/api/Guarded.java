package org.mentorlink.tool.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an operation, decided by {@link GuardFilter} before the request's body is read — so
 * a caller without the right gets 403 (or 404) whatever the body holds, never a 400 about a body it
 * had no right to send. The services check again; this only moves the answer earlier.
 */
public final class Guarded {
  private Guarded() {}

  /** The scheme's lead or a coordinator, in a launch with an instructor-level course role. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  public @interface Coordinator {}

  /**
   * The scheme's lead or a coordinator who may see who asks for and who has mentoring: under "only
   * the lead knows", the lead and the matching coordinators; otherwise every coordinator.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  public @interface Matching {}

  /** The scheme's lead, in a launch with an instructor-level course role. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  public @interface Lead {}

  /** A party (mentee or mentor) of the relationship named by the path's {@code {id}}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  public @interface RelationshipParty {}

  /**
   * The mentor of the relationship named by the path's {@code {id}}: 404 for anyone who is no party
   * of it, 403 for its mentee.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  public @interface RelationshipMentor {}
}
