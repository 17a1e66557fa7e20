package org.mentorlink.domain.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.mentor.MentorDetails;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.mentor.TrainingStatus;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;

/** Mentor profiles and a builder for their details. */
public final class Mentors {
  private Mentors() {}

  /** A trained mentor (one year ago) in Leeds, meeting by video or in person, with two places. */
  public static DetailsBuilder details() {
    return new DetailsBuilder();
  }

  /** {@code mentor} made a mentor of the scheme, with the default details. */
  public static MentorProfile aMentorProfile(Scheme scheme, Actor mentor) {
    return aMentorProfile(scheme, mentor, details().build());
  }

  public static MentorProfile aMentorProfile(Scheme scheme, Actor mentor, MentorDetails details) {
    MentorProfile profile = MentorProfile.selfDesignated(scheme, mentor.person(), Times.NOW);
    profile.update(mentor, details);
    return profile;
  }

  /** Builds {@link MentorDetails} one field at a time. */
  public static final class DetailsBuilder {
    private List<String> areas = List.of("Leeds");
    private Set<MeetingMode> modes = EnumSet.of(MeetingMode.VIDEO, MeetingMode.IN_PERSON);
    private int capacity = 2;
    private TrainingStatus training = TrainingStatus.TRAINED;
    private LocalDate trainedOn = Times.TODAY.minusYears(1);
    private String practice = "Riverside Surgery";
    private final List<String> mustNotMentor = new ArrayList<>();

    public DetailsBuilder areas(String... areas) {
      this.areas = List.of(areas);
      return this;
    }

    public DetailsBuilder modes(MeetingMode... modes) {
      this.modes = Set.of(modes);
      return this;
    }

    public DetailsBuilder capacity(int capacity) {
      this.capacity = capacity;
      return this;
    }

    public DetailsBuilder trainedOn(LocalDate date) {
      this.training = TrainingStatus.TRAINED;
      this.trainedOn = date;
      return this;
    }

    public DetailsBuilder training(TrainingStatus status, LocalDate date) {
      this.training = status;
      this.trainedOn = date;
      return this;
    }

    public DetailsBuilder practice(String practice) {
      this.practice = practice;
      return this;
    }

    public DetailsBuilder mustNotMentor(String... names) {
      this.mustNotMentor.addAll(List.of(names));
      return this;
    }

    public MentorDetails build() {
      return new MentorDetails(
          areas,
          List.of("General practice"),
          modes,
          capacity,
          training,
          trainedOn,
          "Tuesday afternoons",
          practice,
          mustNotMentor);
    }
  }
}
