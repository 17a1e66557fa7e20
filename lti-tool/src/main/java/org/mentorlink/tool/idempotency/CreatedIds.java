package org.mentorlink.tool.idempotency;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentorlink.domain.cpd.CpdEntry;
import org.mentorlink.domain.matching.MatchProposal;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.relationship.Contract;
import org.mentorlink.domain.relationship.Goal;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.tool.lti.registration.Registration;

/**
 * The ids of what an idempotent call created, collected while it runs: a default entity listener
 * ({@code META-INF/orm.xml}) reports each entity about to be persisted on the call's thread. Only
 * the things a client can name are kept, under a public type name ({@code session}, {@code goal},
 * ...); rows of plumbing (sessions, outbox, nonces) and rows keyed by a secret's hash (invitations,
 * registration links) are not.
 */
public final class CreatedIds {
  /** One created thing. */
  public record Created(String type, String id) {}

  private static final Map<Class<?>, String> TYPES =
      Map.ofEntries(
          Map.entry(Scheme.class, "scheme"),
          Map.entry(MentorProfile.class, "mentorProfile"),
          Map.entry(MentoringRequest.class, "request"),
          Map.entry(MatchProposal.class, "proposal"),
          Map.entry(Relationship.class, "relationship"),
          Map.entry(Contract.class, "contract"),
          Map.entry(SessionRecord.class, "session"),
          Map.entry(Goal.class, "goal"),
          Map.entry(org.mentorlink.domain.mentor.SupportAttendance.class, "attendance"),
          Map.entry(org.mentorlink.domain.relationship.RelationshipSignpost.class, "signpost"),
          Map.entry(CpdEntry.class, "cpdEntry"),
          Map.entry(Registration.class, "registration"));

  private static final ThreadLocal<List<Created>> CURRENT = new ThreadLocal<>();

  private CreatedIds() {}

  /** Starts collecting on this thread. */
  static void start() {
    CURRENT.set(new ArrayList<>());
  }

  /** Stops collecting on this thread and returns what was created, in order. */
  static List<Created> stop() {
    List<Created> out = CURRENT.get();
    CURRENT.remove();
    return out == null ? List.of() : List.copyOf(out);
  }

  /** Notes {@code entity} if a call is being collected on this thread and it is a named type. */
  static void persisting(Object entity) {
    List<Created> out = CURRENT.get();
    if (out == null || entity == null) {
      return;
    }
    String type = TYPES.get(entity.getClass());
    if (type == null) {
      return;
    }
    String id = idOf(entity);
    if (id != null) {
      out.add(new Created(type, id));
    }
  }

  private static String idOf(Object entity) {
    for (Class<?> c = entity.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField("id");
        f.setAccessible(true);
        Object v = f.get(entity);
        return v == null ? null : v.toString();
      } catch (NoSuchFieldException e) {
        // try the superclass
      } catch (IllegalAccessException | RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  /** The default entity listener of the persistence unit (see {@code META-INF/orm.xml}). */
  public static class Listener {
    public void prePersist(Object entity) {
      persisting(entity);
    }
  }
}
