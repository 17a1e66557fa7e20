package org.mentorlink.it.faults;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;

/**
 * Someone who launched through the simulated platform and calls the JSON API with the session's
 * CSRF token. A call the server never answered (connection refused or reset, time-out) comes back
 * as {@link Answer#unanswered()}, not as an exception.
 */
final class Person {
  final String name;
  final ToolBrowser browser;
  final String csrf;

  private Person(String name, ToolBrowser browser, String csrf) {
    this.name = name;
    this.browser = browser;
    this.csrf = csrf;
  }

  static Person launch(LtiFixture lti, LaunchClaims claims, String name) {
    ToolBrowser browser = lti.browser();
    browser.launch(lti.platform, claims.name(name)).requireLanded();
    Step me = browser.me();
    if (me.status() != 200) {
      throw new AssertionError("no session for " + name + ":\n" + me.describe());
    }
    return new Person(name, browser, read(me.body()).asJsonObject().getString("csrfToken"));
  }

  /** The server's answer, or none. */
  record Answer(int status, String body, Map<String, String> headers) {
    static Answer none() {
      return new Answer(-1, null, Map.of());
    }

    boolean unanswered() {
      return status < 0;
    }

    boolean ok() {
      return status >= 200 && status < 300;
    }

    boolean replayed() {
      return "true".equals(headers.get("idempotent-replayed"));
    }

    JsonObject json() {
      return read(body).asJsonObject();
    }

    String code() {
      try {
        return json().getString("code", null);
      } catch (RuntimeException e) {
        return null;
      }
    }
  }

  /** A JSON call with an Idempotency-Key (null: none). */
  Answer call(String method, String path, String body, String key) {
    Map<String, String> headers = new HashMap<>();
    headers.put("X-CSRF-Token", csrf);
    if (key != null) {
      headers.put("Idempotency-Key", key);
    }
    try {
      Step s = browser.json(method, path, body, headers);
      Map<String, String> h = new HashMap<>();
      s.headers().map().forEach((k, v) -> h.put(k.toLowerCase(), v.isEmpty() ? "" : v.get(0)));
      return new Answer(s.status(), s.body(), h);
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof java.io.IOException) {
        return Answer.none();
      }
      throw e;
    }
  }

  /** A call that must succeed with {@code status}; returns its JSON. */
  JsonObject expect(int status, String method, String path, String body) {
    Answer a = call(method, path, body, null);
    if (a.status() != status) {
      throw new AssertionError(
          method + " " + path + " as " + name + ": " + a.status() + " " + a.body());
    }
    return a.body() == null || a.body().isBlank() ? null : a.json();
  }

  static JsonStructure read(String body) {
    return Json.createReader(new StringReader(body)).read();
  }
}
