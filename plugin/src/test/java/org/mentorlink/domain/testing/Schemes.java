package org.mentorlink.domain.testing;

import java.time.MonthDay;
import java.util.List;
import org.mentorlink.domain.scheme.CourseMember;
import org.mentorlink.domain.scheme.CpdApproval;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.domain.scheme.SessionAllowance;
import org.mentorlink.domain.scheme.Signpost;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.CpdHours;

/** Schemes and their settings. */
public final class Schemes {
  public static final String COURSE = "course-42";

  public static final Signpost COUNSELLING =
      new Signpost("Counselling", "Talking therapy", "https://counselling.example.org/");

  public static final Signpost PRACTITIONER_HEALTH =
      new Signpost("Practitioner Health", "Confidential help for doctors", null);

  private Schemes() {}

  /** A scheme set up by {@code lead}: four two-hour sessions in twelve months. */
  public static Scheme aScheme(Actor lead) {
    return Scheme.setUp(lead, COURSE, settings(), Times.NOW);
  }

  /** A scheme set up by {@code lead}, who appoints {@code coordinator}. */
  public static Scheme aScheme(Actor lead, Actor coordinator) {
    Scheme scheme = aScheme(lead);
    appoint(scheme, lead, coordinator);
    return scheme;
  }

  /** {@code lead} appoints {@code instructor}, who launched into the course as an instructor. */
  public static void appoint(Scheme scheme, Actor lead, Actor instructor) {
    scheme.appointCoordinator(lead, member(instructor));
  }

  /** The course member {@code actor} becomes by launching into the scheme's course. */
  public static CourseMember member(Actor actor) {
    return new CourseMember(actor, COURSE, Times.NOW);
  }

  public static SchemeSettings settings() {
    return settings(new SessionAllowance(4, 12, null), "2", 5);
  }

  public static SchemeSettings settings(
      SessionAllowance allowance, String defaultSessionHours, int feedbackMinimumGroup) {
    return new SchemeSettings(
        "West Yorkshire GP Mentoring",
        List.of("Leeds", "Bradford"),
        allowance,
        CpdHours.of(defaultSessionHours),
        MonthDay.of(4, 1),
        CpdApproval.MANUAL,
        feedbackMinimumGroup,
        null,
        List.of(COUNSELLING, PRACTITIONER_HEALTH));
  }
}
