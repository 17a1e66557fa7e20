package org.mentorlink.domain.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.request.HelpTopic;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.request.RequestDetails;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;

/** Mentoring requests and a builder for the intake pro-forma. */
public final class Requests {
  private Requests() {}

  /** Help with a career decision, from a mentee of Hillside Practice; no preferences. */
  public static DetailsBuilder details() {
    return new DetailsBuilder();
  }

  public static MentoringRequest aSubmittedRequest(Scheme scheme, Actor mentee) {
    return aSubmittedRequest(scheme, mentee, details().build());
  }

  public static MentoringRequest aSubmittedRequest(
      Scheme scheme, Actor mentee, RequestDetails details) {
    return MentoringRequest.submit(scheme, mentee, details, List.of(), List.of(), Times.NOW);
  }

  public static MentoringRequest anAcceptedRequest(Scheme scheme, Actor coordinator, Actor mentee) {
    return anAcceptedRequest(scheme, coordinator, mentee, details().build());
  }

  public static MentoringRequest anAcceptedRequest(
      Scheme scheme, Actor coordinator, Actor mentee, RequestDetails details) {
    MentoringRequest request = aSubmittedRequest(scheme, mentee, details);
    request.acceptForMatching(scheme, coordinator, Times.minutesLater(60));
    return request;
  }

  /** Builds {@link RequestDetails} one field at a time. */
  public static final class DetailsBuilder {
    private Set<HelpTopic> helpWith = EnumSet.of(HelpTopic.CAREER_DECISION);
    private String otherDetails;
    private String preferredArea;
    private Set<MeetingMode> preferredModes = Set.of();
    private final List<String> mustNotMatch = new ArrayList<>();
    private String lineManager;
    private String practice = "Hillside Practice";
    private String preferredMentor;

    public DetailsBuilder preferredMentor(String name) {
      this.preferredMentor = name;
      return this;
    }

    public DetailsBuilder helpWith(HelpTopic... topics) {
      this.helpWith = Set.of(topics);
      return this;
    }

    public DetailsBuilder otherDetails(String text) {
      this.otherDetails = text;
      return this;
    }

    public DetailsBuilder preferredArea(String area) {
      this.preferredArea = area;
      return this;
    }

    public DetailsBuilder preferredModes(MeetingMode... modes) {
      this.preferredModes = Set.of(modes);
      return this;
    }

    public DetailsBuilder mustNotMatch(String... names) {
      this.mustNotMatch.addAll(List.of(names));
      return this;
    }

    public DetailsBuilder lineManager(String name) {
      this.lineManager = name;
      return this;
    }

    public DetailsBuilder practice(String practice) {
      this.practice = practice;
      return this;
    }

    public RequestDetails build() {
      return new RequestDetails(
          helpWith,
          otherDetails,
          preferredArea,
          preferredModes,
          mustNotMatch,
          lineManager,
          practice,
          preferredMentor);
    }
  }
}
