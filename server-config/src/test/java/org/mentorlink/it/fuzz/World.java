package org.mentorlink.it.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.mentoring.Participant;
import org.mentorlink.it.mentoring.Scenarios;

/**
 * The world the fuzzer works in, built through real launches and the API: a scheme with its lead, a
 * mentor and a mentee in a relationship with a contract, an editable and a signed-off session, a
 * goal and CPD entries; a second mentee whose request awaits screening and a third with a proposal
 * awaiting the mentor; a plain learner; a browser without a session; the operator. The ids of these
 * real objects are what path parameters are filled with, so requests reach deep code, not only "not
 * found".
 */
final class World {
  /** Who sends a request. */
  enum Role {
    LEAD,
    MENTOR,
    MENTEE,
    LEARNER,
    ANONYMOUS,
    OPERATOR
  }

  final Map<Role, Participant> people = new LinkedHashMap<>();
  final ToolBrowser anonymous;
  final ToolBrowser operator;
  final String operatorToken;

  final String relationship;
  final List<String> sessions = new ArrayList<>();
  final List<String> contracts = new ArrayList<>();
  final List<String> goals = new ArrayList<>();
  final List<String> requests = new ArrayList<>();
  final List<String> proposals = new ArrayList<>();
  final List<String> cpdEntries = new ArrayList<>();
  final List<String> persons = new ArrayList<>();
  final List<String> mentorProfiles = new ArrayList<>();
  final List<String> invitations = new ArrayList<>();
  final List<String> registrations = new ArrayList<>();

  private World(
      Scenarios.Relationship r, ToolBrowser anonymous, ToolBrowser operator, String token) {
    this.relationship = r.id();
    this.anonymous = anonymous;
    this.operator = operator;
    this.operatorToken = token;
    people.put(Role.LEAD, r.lead());
    people.put(Role.MENTOR, r.mentor());
    people.put(Role.MENTEE, r.mentee());
  }

  /**
   * Builds the world on {@code lti}'s platform; {@code spare} is a second registration whose id the
   * operator's calls may disable, enable and extend without cutting off the world's own launches.
   */
  static World build(LtiFixture lti, LtiFixture spare, String operatorToken) {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Fuzz scheme");
    World w = new World(r, lti.browser(), new ToolBrowser(lti.base()), operatorToken);
    Participant lead = r.lead();
    Participant mentor = r.mentor();
    Participant mentee = r.mentee();
    String rel = r.path();
    mentor.ok("PUT", "/api/mentor-profile", Json.createObjectBuilder().add("capacity", 6).build());

    JsonObject drafted =
        mentee.created(
            "POST",
            rel + "/contract",
            Json.createObjectBuilder()
                .add("groundRules", "Ground rules")
                .add("confidentiality", "Confidential within limits")
                .add("objectives", "Objectives")
                .add("meetingFrequency", "Monthly")
                .add("mode", "PHONE")
                .add("startDate", LocalDate.now().toString())
                .add("reviewDate", LocalDate.now().plusMonths(3).toString())
                .add("allowance", "4 in 12 months")
                .build());
    ids(drafted, "contracts", w.contracts);
    r.signedOffSession("1.5", 0);
    JsonObject scheduled =
        mentor.created(
            "POST",
            rel + "/sessions",
            Json.createObjectBuilder()
                .add(
                    "scheduledAt",
                    Instant.now()
                        .plus(5, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString())
                .add("durationHours", "1")
                .add("mode", "VIDEO")
                .build());
    ids(scheduled, "sessions", w.sessions);
    JsonObject goal =
        mentee.created(
            "POST", rel + "/goals", Json.createObjectBuilder().add("goal", "A first goal").build());
    ids(goal, "goals", w.goals);
    mentor.created(
        "POST",
        "/api/cpd/activities",
        Json.createObjectBuilder()
            .add("activity", "SUPERVISION")
            .add("description", "Supervision with the scheme lead")
            .add("date", LocalDate.now().minusDays(3).toString())
            .add("hours", "1")
            .add("kind", "INTERNAL")
            .build());
    for (Participant p : List.of(mentee, mentor)) {
      for (JsonValue y : p.ok("GET", "/api/cpd", null).getJsonArray("years")) {
        ids(y.asJsonObject(), "entries", w.cpdEntries);
      }
    }

    // A learner whose request awaits screening, and one with a proposal awaiting the mentor.
    Participant learner = Participant.launch(lti, lti.learner(), "Dr Learner Fuzz");
    w.requests.add(
        learner
            .created(
                "POST",
                "/api/requests",
                Json.createObjectBuilder()
                    .add("helpWith", Json.createArrayBuilder().add("WORK_LIFE_BALANCE"))
                    .build())
            .getString("id"));
    Participant third = Participant.launch(lti, lti.learner(), "Dr Third Fuzz");
    String thirdRequest =
        third
            .created(
                "POST",
                "/api/requests",
                Json.createObjectBuilder()
                    .add("helpWith", Json.createArrayBuilder().add("CAREER_DECISION"))
                    .build())
            .getString("id");
    w.requests.add(thirdRequest);
    lead.ok("POST", "/api/requests/" + thirdRequest + "/accept", null);
    for (JsonValue m : lead.ok("GET", "/api/scheme/roster?size=100", null).getJsonArray("items")) {
      w.persons.add(m.asJsonObject().getJsonObject("person").getString("id"));
    }
    for (JsonValue m : lead.list("/api/mentors")) {
      w.mentorProfiles.add(m.asJsonObject().getString("profileId"));
    }
    w.proposals.add(
        lead.created(
                "POST",
                "/api/requests/" + thirdRequest + "/proposals",
                Json.createObjectBuilder().add("mentorProfileId", w.mentorProfiles.get(0)).build())
            .getString("id"));
    for (JsonValue p : mentee.list("/api/proposals/mine")) {
      w.proposals.add(p.asJsonObject().getString("id"));
    }
    for (JsonValue q : mentee.list("/api/requests/mine")) {
      w.requests.add(q.asJsonObject().getString("id"));
    }
    w.invitations.add(lead.created("POST", "/api/mentor-invitations", null).getString("code"));
    w.registrations.add(spare.registrationId());
    w.people.put(Role.LEARNER, learner);
    return w;
  }

  private static void ids(JsonObject o, String array, List<String> into) {
    for (JsonValue v : o.getJsonArray(array)) {
      String id = v.asJsonObject().getString("id");
      if (!into.contains(id)) {
        into.add(id);
      }
    }
  }

  /** Real ids for a path parameter of {@code path}, by what the parameter names there. */
  List<String> idsFor(String path, String param) {
    return switch (param) {
      case "sessionId" -> sessions;
      case "goalId" -> goals;
      case "contractId" -> contracts;
      case "personId" -> persons;
      case "code" -> invitations;
      default -> {
        if (path.startsWith("/api/relationships") || path.startsWith("/api/scheme/relationships")) {
          yield List.of(relationship);
        } else if (path.startsWith("/api/requests")) {
          yield requests;
        } else if (path.startsWith("/api/proposals")) {
          yield proposals;
        } else if (path.startsWith("/api/cpd")) {
          yield cpdEntries;
        } else if (path.startsWith("/api/operator")) {
          yield registrations;
        }
        yield List.of();
      }
    };
  }
}
