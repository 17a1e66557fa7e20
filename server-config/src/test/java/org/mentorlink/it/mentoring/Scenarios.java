package org.mentorlink.it.mentoring;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.mentorlink.it.lti.LtiFixture;

/** Ready-made situations reached through real launches and the API. */
public final class Scenarios {
  private Scenarios() {}

  /** A scheme with its lead, a mentor and a mentee in an active relationship. */
  public record Relationship(Participant lead, Participant mentor, Participant mentee, String id) {
    public String path() {
      return "/api/relationships/" + id;
    }

    /** Schedules, records, submits and signs off a session of {@code hours}; returns its id. */
    public String signedOffSession(String hours, int index) {
      JsonObject scheduled =
          mentor.created(
              "POST",
              path() + "/sessions",
              Json.createObjectBuilder()
                  .add(
                      "scheduledAt",
                      Instant.now()
                          .minus(1, ChronoUnit.DAYS)
                          .truncatedTo(ChronoUnit.SECONDS)
                          .toString())
                  .add("durationHours", hours)
                  .add("mode", "IN_PERSON")
                  .build());
      String sid = scheduled.getJsonArray("sessions").getJsonObject(index).getString("id");
      String s = path() + "/sessions/" + sid;
      mentee.ok(
          "PUT", s + "/record", Json.createObjectBuilder().add("notes", "SESSION-NOTES").build());
      mentee.ok("POST", s + "/submit", null);
      mentor.ok("POST", s + "/sign-off", null);
      return sid;
    }
  }

  /**
   * {@code p}'s first entry of the current CPD year, reflected on and approved by the lead: it
   * becomes credit (a certificate needs some).
   */
  public static void credit(Relationship r, Participant p) {
    JsonObject year = p.ok("GET", "/api/cpd", null).getJsonArray("years").getJsonObject(0);
    String entry = year.getJsonArray("entries").getJsonObject(0).getString("id");
    p.ok(
        "POST",
        "/api/cpd/entries/" + entry + "/reflection",
        Json.createObjectBuilder().add("reflection", "What I learnt").build());
    r.lead().expect(204, "POST", "/api/cpd/approvals/" + entry + "/approve", null);
  }

  public static Relationship relationship(LtiFixture lti, String schemeName) {
    Participant lead = Participant.launch(lti, lti.instructor(), "Dr Lead " + schemeName);
    lead.created("POST", "/api/scheme", Json.createObjectBuilder().add("name", schemeName).build());
    return relationshipIn(lti, lead, "Dr Mentor " + schemeName, "Dr Mentee " + schemeName);
  }

  /**
   * A mentor designated by {@code lead} in the lead's existing scheme and a mentee matched with
   * them (both launched now, under the names given), through the API.
   */
  public static Relationship relationshipIn(
      LtiFixture lti, Participant lead, String mentorName, String menteeName) {
    Participant mentor = Participant.launch(lti, lti.learner(), mentorName);
    Participant mentee = Participant.launch(lti, lti.learner(), menteeName);
    String personId =
        lead.ok("GET", "/api/scheme/roster?size=100", null).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getJsonObject("person").getString("name").equals(mentor.name))
            .findFirst()
            .orElseThrow()
            .getJsonObject("person")
            .getString("id");
    String profile =
        lead.created(
                "POST",
                "/api/mentors",
                Json.createObjectBuilder().add("personId", personId).build())
            .getString("profileId");
    String request = askForMentoring(mentee);
    lead.ok("POST", "/api/requests/" + request + "/accept", null);
    String proposal =
        lead.created(
                "POST",
                "/api/requests/" + request + "/proposals",
                Json.createObjectBuilder().add("mentorProfileId", profile).build())
            .getString("id");
    mentor.ok("POST", "/api/proposals/" + proposal + "/accept", null);
    String id =
        mentee
            .created("POST", "/api/proposals/" + proposal + "/confirm", null)
            .getString("relationshipId");
    return new Relationship(lead, mentor, mentee, id);
  }

  /** The mentee asks for mentoring (help with a career decision), through the API: its id. */
  static String askForMentoring(Participant mentee) {
    return mentee
        .created(
            "POST",
            "/api/requests",
            Json.createObjectBuilder()
                .add("helpWith", Json.createArrayBuilder().add("CAREER_DECISION"))
                .build())
        .getString("id");
  }

  static LocalDate today() {
    return LocalDate.now();
  }
}
