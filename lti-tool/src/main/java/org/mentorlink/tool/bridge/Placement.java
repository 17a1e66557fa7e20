package org.mentorlink.tool.bridge;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a link that Mentorlink placed by deep linking opens: its key travels as the link's {@code
 * mentorlink_view} custom parameter and comes back on each launch of it. The key is the only thing
 * a placement names — never a record id, a scheme or a path — so a teacher who edits the parameter
 * in the platform can choose among these pages and nothing else; any other value is refused.
 */
public enum Placement {
  MENTORING(
      "mentoring",
      "/app",
      true,
      "Mentoring",
      "Ask for a mentor, agree a contract and keep session records.",
      "Everyone opens the mentoring hub: learners ask for a mentor and keep their records; mentors"
          + " see their mentees; the scheme's lead and coordinators run the scheme. Teachers who"
          + " are not the scheme's coordinators see nothing about who is mentored."),
  CPD(
      "cpd",
      "/app/cpd",
      true,
      "CPD log",
      "Mentoring CPD: hours, reflections and certificates.",
      "Each person sees only their own CPD log; coordinators approve credit. When the scheme"
          + " passes credit to the gradebook, its columns are tied to this activity."),
  FEEDBACK(
      "feedback",
      "/app",
      false,
      "Mentoring feedback",
      "The scheme's anonymous questionnaire.",
      "Not available yet: opens the mentoring hub.");

  private final String key;
  private final String path;
  private final boolean available;
  private final String title;
  private final String text;
  private final String whoSees;

  Placement(String key, String path, boolean available, String title, String text, String whoSees) {
    this.key = key;
    this.path = path;
    this.available = available;
    this.title = title;
    this.text = text;
    this.whoSees = whoSees;
  }

  /**
   * The placement a launch's custom parameter names: the hub when it names none (a link added by
   * hand); empty when it names something Mentorlink does not place.
   */
  public static Optional<Placement> fromParameter(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of(MENTORING);
    }
    return Arrays.stream(values()).filter(p -> p.key.equals(value)).findFirst();
  }

  /** The placements the deep-linking chooser offers: only those whose page exists. */
  public static List<Placement> offered() {
    return Arrays.stream(values()).filter(p -> p.available).toList();
  }

  /** The value of the {@code mentorlink_view} custom parameter. */
  public String key() {
    return key;
  }

  /** The page a launch of the link lands on. */
  public String path() {
    return path;
  }

  public String title() {
    return title;
  }

  public String text() {
    return text;
  }

  /** What the placement shows, and to whom (the chooser says it). */
  public String whoSees() {
    return whoSees;
  }
}
