package org.mentorlink.it.faults;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mentorlink.it.lti.LtiFixture;

/**
 * A scheme with many active relationships, reached through real launches and the API: a lead,
 * {@code mentors} mentors (two mentees each, the default capacity) and {@code 2 × mentors} mentees,
 * each matched and confirmed.
 */
final class Cohort {
  /** One active relationship and its two parties. */
  record Pair(Person mentor, Person mentee, String relationshipId) {
    String path() {
      return "/api/relationships/" + relationshipId;
    }
  }

  final Person lead;
  final List<Pair> pairs;

  private Cohort(Person lead, List<Pair> pairs) {
    this.lead = lead;
    this.pairs = pairs;
  }

  static Cohort create(LtiFixture lti, int mentors) throws Exception {
    Person lead = Person.launch(lti, lti.instructor(), "Dr Lead");
    lead.expect(201, "POST", "/api/scheme", "{\"name\":\"Fault suite\"}");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Person>> launched = new ArrayList<>();
      for (int i = 0; i < mentors * 3; i++) {
        String name = (i < mentors ? "Dr Mentor " : "Dr Mentee ") + i;
        launched.add(pool.submit(() -> Person.launch(lti, lti.learner(), name)));
      }
      List<Person> people = new ArrayList<>();
      for (Future<Person> f : launched) {
        people.add(f.get());
      }
      List<Person> mentorList = people.subList(0, mentors);
      List<Person> mentees = people.subList(mentors, people.size());

      Map<String, String> personIds = new java.util.HashMap<>();
      JsonObject roster = lead.expect(200, "GET", "/api/scheme/roster?size=100", null);
      for (JsonValue v : roster.getJsonArray("items")) {
        JsonObject p = v.asJsonObject().getJsonObject("person");
        personIds.put(p.getString("name"), p.getString("id"));
      }
      List<String> profiles = new ArrayList<>();
      for (Person m : mentorList) {
        profiles.add(
            lead.expect(
                    201,
                    "POST",
                    "/api/mentors",
                    Json.createObjectBuilder()
                        .add("personId", personIds.get(m.name))
                        .build()
                        .toString())
                .getString("profileId"));
      }
      List<Future<Pair>> matched = new ArrayList<>();
      for (int i = 0; i < mentees.size(); i++) {
        Person mentee = mentees.get(i);
        int m = i % mentors;
        matched.add(pool.submit(() -> match(lead, mentorList.get(m), profiles.get(m), mentee)));
      }
      List<Pair> pairs = new ArrayList<>();
      for (Future<Pair> f : matched) {
        pairs.add(f.get());
      }
      return new Cohort(lead, pairs);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Pair match(Person lead, Person mentor, String profile, Person mentee) {
    String request =
        mentee
            .expect(
                201,
                "POST",
                "/api/requests",
                "{\"helpWith\":[\"CAREER_DECISION\"],\"otherDetails\":\"fault suite\"}")
            .getString("id");
    lead.expect(200, "POST", "/api/requests/" + request + "/accept", null);
    String proposal =
        lead.expect(
                201,
                "POST",
                "/api/requests/" + request + "/proposals",
                "{\"mentorProfileId\":\"" + profile + "\"}")
            .getString("id");
    synchronized (mentor) {
      mentor.expect(200, "POST", "/api/proposals/" + proposal + "/accept", null);
    }
    String relationship =
        mentee
            .expect(201, "POST", "/api/proposals/" + proposal + "/confirm", null)
            .getString("relationshipId");
    return new Pair(mentor, mentee, relationship);
  }
}
