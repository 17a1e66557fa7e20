package org.mentorlink.tool.lti.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorlink.tool.infrastructure.http.OutboundHttp;
import org.mentorlink.tool.infrastructure.http.UnsafeUrlException;
import org.mentorlink.tool.lti.registration.Registration;

/**
 * Reads a course's membership from the platform (LTI Names and Role Provisioning Services 2.0): GET
 * the {@code context_memberships_url} with a client-credentials token of scope {@code
 * contextmembership.readonly} (the same tokens as AGS), then each page its {@code Link: <…>;
 * rel="next"} header names (NRPS 2.0 §2.4.2) — but only on the platform's own origin (the origin of
 * the memberships URL): a next link elsewhere is not followed and the read counts as incomplete. A
 * 401 gets one fresh token and one more try. Every failure is a {@link MembershipException} whose
 * message is safe to show a coordinator.
 */
@ApplicationScoped
public class MembershipClient {
  public static final String SCOPE =
      "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
  public static final String CONTAINER_TYPE =
      "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
  static final int MAX_PAGES = 200;
  static final int MAX_MEMBERS = 20_000;
  private static final Pattern LINK =
      Pattern.compile("<([^>]*)>\\s*((?:;\\s*[a-zA-Z]+\\s*=\\s*(?:\"[^\"]*\"|[^;,]*)\\s*)*)");
  private static final Pattern REL_NEXT =
      Pattern.compile(";\\s*rel\\s*=\\s*(?:\"([^\"]*)\"|([^;,\\s]*))");

  @Inject OutboundHttp http;
  @Inject ServiceTokens tokens;

  /** One member as the platform lists them (roles as sent: URIs or Moodle's short names). */
  public record Member(
      String userId, String name, String email, List<String> roles, String status) {}

  /**
   * A read: the members; {@code complete} false when a page's next link was not followed (another
   * host, too many pages), so absent members must not be taken to have left.
   */
  public record Membership(List<Member> members, boolean complete, String note) {}

  /** The platform could not be read: a message safe to show. */
  public static class MembershipException extends Exception {
    private static final long serialVersionUID = 1L;

    public MembershipException(String message) {
      super(message);
    }
  }

  /** Reads every page of the membership. */
  public Membership read(String registrationId, String membershipsUrl) throws MembershipException {
    String origin = Registration.originOf(membershipsUrl);
    if (origin == null) {
      throw new MembershipException("The platform named no valid membership service address.");
    }
    List<Member> members = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    String url = membershipsUrl;
    String token = token(registrationId);
    for (int page = 0; url != null; page++) {
      if (page >= MAX_PAGES || members.size() >= MAX_MEMBERS) {
        return new Membership(members, false, "The membership has more pages than are read.");
      }
      if (!visited.add(url)) {
        break; // a next link back to a page already read: the list is done
      }
      OutboundHttp.Answer a = get(url, token);
      if (a.status() == 401) {
        tokens.invalidate(registrationId, SCOPE, token);
        token = token(registrationId);
        a = get(url, token);
      }
      judge(a);
      parse(a.body(), members);
      String next = nextLink(a).orElse(null);
      if (next != null) {
        next = resolve(url, next);
        if (!origin.equals(Registration.originOf(next))) {
          return new Membership(
              members, false, "The platform pointed the next page to another site; not followed.");
        }
      }
      url = next;
    }
    return new Membership(members, true, null);
  }

  private String token(String registrationId) throws MembershipException {
    try {
      return tokens.token(registrationId, SCOPE);
    } catch (ServiceTokens.TokenException e) {
      throw new MembershipException(
          e.status == 0
              ? "The platform gave no access token for its membership service."
              : "The platform refused an access token for its membership service ("
                  + e.status
                  + "): is Names and Role Provisioning switched on for Mentorlink?");
    } catch (IOException e) {
      throw new MembershipException("The platform could not be reached for an access token.");
    }
  }

  private OutboundHttp.Answer get(String url, String token) throws MembershipException {
    try {
      return http.get(url, Map.of("Authorization", "Bearer " + token, "Accept", CONTAINER_TYPE));
    } catch (UnsafeUrlException e) {
      throw new MembershipException("The membership service address is not allowed.");
    } catch (IOException e) {
      throw new MembershipException(
          "The platform's membership service could not be reached ("
              + e.getClass().getSimpleName()
              + ").");
    }
  }

  private static void judge(OutboundHttp.Answer a) throws MembershipException {
    if (a.ok()) {
      return;
    }
    String why =
        switch (a.status()) {
          case 401, 403 -> "refused Mentorlink access to the course membership";
          case 404 -> "does not know this course's membership";
          case 429 -> "asked Mentorlink to wait";
          default -> a.status() >= 500 ? "had an error" : "refused the request";
        };
    throw new MembershipException(
        "The platform " + why + " (" + a.status() + "). Try again later.");
  }

  /** Adds the members of one page; a page that is not a membership container is refused. */
  static void parse(String body, List<Member> into) throws MembershipException {
    JsonObject o;
    try {
      o = Json.createReader(new StringReader(body == null ? "" : body)).readObject();
    } catch (RuntimeException e) {
      throw new MembershipException("The platform answered something that is not a member list.");
    }
    if (!(o.get("members") instanceof JsonArray list)) {
      throw new MembershipException("The platform answered something that is not a member list.");
    }
    for (JsonValue v : list) {
      if (!(v instanceof JsonObject m)) {
        continue;
      }
      String userId = string(m, "user_id");
      if (userId == null || userId.isBlank() || userId.length() > 255) {
        continue;
      }
      String name = string(m, "name");
      if (name == null || name.isBlank()) {
        String given = string(m, "given_name");
        String family = string(m, "family_name");
        name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
      }
      List<String> roles = new ArrayList<>();
      if (m.get("roles") instanceof JsonArray rs) {
        for (JsonValue r : rs) {
          if (r.getValueType() == JsonValue.ValueType.STRING && roles.size() < 50) {
            roles.add(((jakarta.json.JsonString) r).getString());
          }
        }
      }
      String status = string(m, "status");
      into.add(
          new Member(
              userId,
              name == null || name.isBlank() ? null : name,
              string(m, "email"),
              List.copyOf(roles),
              status == null ? "Active" : status));
    }
  }

  private static String string(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v != null && v.getValueType() == JsonValue.ValueType.STRING
        ? ((jakarta.json.JsonString) v).getString()
        : null;
  }

  /**
   * A link target resolved against the page it came with (RFC 3986 §5.2; {@link URI#resolve}
   * follows RFC 2396 and drops the last path segment for a query-only reference).
   */
  static String resolve(String base, String ref) {
    if (ref.startsWith("?")) {
      int q = base.indexOf('?');
      return (q < 0 ? base : base.substring(0, q)) + ref;
    }
    return URI.create(base).resolve(ref).toString();
  }

  /** The target of a {@code rel="next"} in the answer's Link headers (RFC 8288), if any. */
  static Optional<String> nextLink(OutboundHttp.Answer a) {
    for (String header : a.headers().allValues("Link")) {
      Matcher m = LINK.matcher(header);
      while (m.find()) {
        Matcher rel = REL_NEXT.matcher(m.group(2));
        while (rel.find()) {
          String value = rel.group(1) != null ? rel.group(1) : rel.group(2);
          for (String r : value.trim().split("\\s+")) {
            if ("next".equalsIgnoreCase(r)) {
              return Optional.of(m.group(1).trim());
            }
          }
        }
      }
    }
    return Optional.empty();
  }
}
