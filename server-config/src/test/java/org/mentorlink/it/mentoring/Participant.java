package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;

/** A person who launched into the course through the simulator, calling the JSON API. */
public final class Participant {
  public final String name;
  public final ToolBrowser browser;
  public final String csrf;

  /** The platform's user id ({@code sub}) of this person. */
  public final String sub;

  private Participant(String name, ToolBrowser browser, String csrf, String sub) {
    this.name = name;
    this.browser = browser;
    this.csrf = csrf;
    this.sub = sub;
  }

  /** Launches {@code claims} (with {@code name}) and reads the CSRF token from /api/me. */
  public static Participant launch(LtiFixture lti, LaunchClaims claims, String name) {
    ToolBrowser browser = lti.browser();
    browser.launch(lti.platform, claims.name(name)).requireLanded();
    Step me = browser.me();
    assertEquals(200, me.status(), me.describe());
    return new Participant(
        name, browser, read(me.body()).asJsonObject().getString("csrfToken"), claims.subject());
  }

  /**
   * As {@link #launch}, for a person who launched before (into another course, say): tried again,
   * at most twice, when the tool answers 409 {@code CONCURRENT_CHANGE} — such a launch may collide
   * with a read of the platform's roster writing the same person's row (README, "Known limits").
   */
  public static Participant relaunch(LtiFixture lti, LaunchClaims claims, String name) {
    for (int attempt = 1; ; attempt++) {
      try {
        return launch(lti, claims, name);
      } catch (AssertionError e) {
        if (attempt == 3 || !String.valueOf(e.getMessage()).contains("CONCURRENT_CHANGE")) {
          throw e;
        }
      }
    }
  }

  public Step call(String method, String path, JsonValue body) {
    return browser.json(
        method, path, body == null ? null : body.toString(), Map.of("X-CSRF-Token", csrf));
  }

  /** Calls and asserts the status; returns the JSON answer (or null for an empty body). */
  public JsonStructure expect(int status, String method, String path, JsonValue body) {
    Step s = call(method, path, body);
    assertEquals(status, s.status(), method + " " + path + " as " + name + ":\n" + s.describe());
    return s.body() == null || s.body().isBlank() ? null : read(s.body());
  }

  public JsonObject ok(String method, String path, JsonValue body) {
    return expect(200, method, path, body).asJsonObject();
  }

  public JsonObject created(String method, String path, JsonValue body) {
    return expect(201, method, path, body).asJsonObject();
  }

  public JsonArray list(String path) {
    return expect(200, "GET", path, null).asJsonArray();
  }

  /** Asserts a problem answer with {@code status} and {@code code}. */
  public void refused(int status, String code, String method, String path, JsonValue body) {
    Step s = call(method, path, body);
    assertEquals(status, s.status(), method + " " + path + " as " + name + ":\n" + s.describe());
    assertEquals(
        code,
        read(s.body()).asJsonObject().getString("code"),
        method + " " + path + " as " + name + ":\n" + s.describe());
  }

  public static JsonStructure read(String body) {
    return Json.createReader(new StringReader(body)).read();
  }
}
