package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorlink.domain.cpd.CpdRepository;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.mentor.MentorRepository;
import org.mentorlink.domain.relationship.RelationshipRepository;
import org.mentorlink.domain.request.RequestRepository;
import org.mentorlink.domain.request.RequestState;
import org.mentorlink.domain.scheme.CourseMember;
import org.mentorlink.domain.scheme.MembershipStatus;
import org.mentorlink.domain.scheme.PrivacySettings;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.SchemeRepository;
import org.mentorlink.domain.scheme.SchemeSetUp;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Calendar;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.StateConflict;
import org.mentorlink.domain.shared.TenantId;

/** Setting up a course's scheme, its settings and coordinators, and the course roster. */
@ApplicationScoped
@Transactional
@AuditDenials
public class SchemeService {
  @Inject Context ctx;
  @Inject Access access;
  @Inject SchemeRepository schemes;
  @Inject MentorRepository mentors;
  @Inject RequestRepository requests;
  @Inject RelationshipRepository relationships;
  @Inject CpdRepository ledger;
  @Inject jakarta.enterprise.event.Event<SchemeSetUp> setUps;

  /**
   * Called on every launch into a course: remembers the person as a member with their roles and,
   * where the platform sends the Mentor role, makes them a mentor of the course's scheme.
   */
  public void recordLaunch(Actor actor, String courseRef) {
    recordLaunch(actor, courseRef, false);
  }

  /**
   * As {@link #recordLaunch(Actor, String)}; {@code newPerson}: the person was created by this very
   * launch, so cannot be a member yet and is not looked up.
   */
  public void recordLaunch(Actor actor, String courseRef, boolean newPerson) {
    if (courseRef == null) {
      return;
    }
    Optional<CourseMember> member =
        newPerson
            ? Optional.empty()
            : schemes.member(actor.tenant(), courseRef, actor.person().personId());
    if (member.isPresent()) {
      member.get().seen(actor, ctx.now());
    } else {
      schemes.addMember(new CourseMember(actor, courseRef, ctx.now()));
    }
    if (actor.has(LaunchRole.MENTOR)) {
      schemes
          .forCourse(actor.tenant(), courseRef)
          .filter(s -> mentors.forPerson(s.ref(), actor.person()).isEmpty())
          .ifPresent(s -> mentors.add(MentorProfile.selfDesignated(s, actor.person(), ctx.now())));
    }
  }

  /** The course's scheme as the actor may see it, or empty if none is set up. */
  public Optional<Views.SchemeView> current(Actor actor, String courseRef) {
    if (courseRef == null) {
      return Optional.empty();
    }
    return schemes.forCourse(actor.tenant(), courseRef).map(s -> view(s, actor));
  }

  /**
   * The calendar the course's dates are shown and counted in: the scheme's own time zone, or the
   * tool's default when the course has no scheme or the scheme sets none.
   */
  public Calendar calendar(Actor actor, String courseRef) {
    return (courseRef == null
            ? Optional.<Scheme>empty()
            : schemes.forCourse(actor.tenant(), courseRef))
        .map(ctx::calendar)
        .orElseGet(ctx::defaultCalendar);
  }

  /**
   * Fails unless the actor may act as the course scheme's lead or coordinator in this launch: 404
   * when the course has no scheme, 403 otherwise — the same answers the services give, decided
   * before a request's body is read.
   */
  public void requireCoordinator(Actor actor, String courseRef) {
    access.requireCoordinator(actor, ctx.scheme(actor, courseRef));
  }

  /**
   * As {@link #requireCoordinator}, for what tells who asks for or has mentoring: under "only the
   * lead knows", the lead and matching coordinators only.
   */
  public void requireMatching(Actor actor, String courseRef) {
    access.requireMatching(actor, ctx.scheme(actor, courseRef));
  }

  /** As {@link #requireCoordinator}, for what only the lead may do. */
  public void requireLead(Actor actor, String courseRef) {
    access.requireLead(actor, ctx.scheme(actor, courseRef));
  }

  /** The actor's standing, also when the course has no scheme yet. */
  public Views.MyRoles roles(Actor actor, String courseRef) {
    Optional<Scheme> s =
        courseRef == null ? Optional.empty() : schemes.forCourse(actor.tenant(), courseRef);
    return s.map(x -> roles(x, actor))
        .orElse(
            new Views.MyRoles(
                false,
                false,
                false,
                false,
                courseRef != null && actor.has(LaunchRole.INSTRUCTOR),
                false,
                false,
                false));
  }

  /** An instructor-level person sets up the course's scheme and becomes its lead. */
  public Views.SchemeView setUp(Actor actor, String courseRef, SchemeSettings settings) {
    if (courseRef != null && schemes.forCourse(actor.tenant(), courseRef).isPresent()) {
      throw new StateConflict("SCHEME_EXISTS", "This course already has a mentoring scheme.");
    }
    Scheme s = Scheme.setUp(actor, courseRef, settings, ctx.now());
    schemes.add(s);
    if (courseRef != null) {
      setUps.fire(new SchemeSetUp(actor.tenant(), courseRef));
    }
    return view(s, actor);
  }

  public Views.SchemeView changeSettings(Actor actor, String courseRef, SchemeSettings settings) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.requireCoordinator(actor, s);
    s.changeSettings(actor, settings);
    return view(s, actor);
  }

  /** The lead appoints a course instructor (who has launched into the course) as coordinator. */
  public Views.SchemeView appointCoordinator(Actor actor, String courseRef, String personId) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.requireLead(actor, s);
    CourseMember m =
        schemes
            .member(actor.tenant(), courseRef, personId)
            .orElseThrow(() -> new NotFound("That member of the course"));
    s.appointCoordinator(actor, m);
    return view(s, actor);
  }

  public Views.SchemeView removeCoordinator(Actor actor, String courseRef, String personId) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.requireLead(actor, s);
    s.removeCoordinator(actor, new PersonRef(actor.tenant(), personId));
    return view(s, actor);
  }

  /**
   * The lead names a coordinator a matching coordinator ({@code matching}: true) or takes it back.
   */
  public Views.PrivacyView nameMatchingCoordinator(
      Actor actor, String courseRef, String personId, boolean matching) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.requireLead(actor, s);
    s.nameMatchingCoordinator(actor, new PersonRef(actor.tenant(), personId), matching);
    return privacy(s, actor);
  }

  /** The scheme's privacy notice and settings: every member of the course may read them. */
  public Views.PrivacyView privacy(Actor actor, String courseRef) {
    return privacy(ctx.scheme(actor, courseRef), actor);
  }

  /** The scheme's privacy settings as they stand (for a partial change). */
  public PrivacySettings currentPrivacy(Actor actor, String courseRef) {
    return ctx.scheme(actor, courseRef).privacy();
  }

  /** The lead changes "only the lead knows", the privacy notice and the retention period. */
  public Views.PrivacyView changePrivacy(Actor actor, String courseRef, PrivacySettings settings) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.requireLead(actor, s);
    s.changePrivacy(actor, settings);
    return privacy(s, actor);
  }

  /** The scheme's numbers (counts only), for every coordinator. */
  public Views.SchemeNumbers numbers(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.coordinatorReadsNumbers(actor, s);
    return numbers(s);
  }

  /**
   * The scheme's numbers now, each counted in the database (for {@link #numbers(Actor, String)} and
   * the reports, whose callers have checked that the actor may read them).
   */
  Views.SchemeNumbers numbers(Scheme s) {
    return new Views.SchemeNumbers(
        requests.count(s.ref(), EnumSet.of(RequestState.SUBMITTED)),
        requests.count(s.ref(), EnumSet.of(RequestState.ACCEPTED)),
        requests.count(s.ref(), EnumSet.allOf(RequestState.class)),
        relationships.countInScheme(s.ref()),
        ledger.countAwaitingApproval(s.ref()),
        mentors.count(s.ref()));
  }

  private Views.PrivacyView privacy(Scheme s, Actor actor) {
    PrivacySettings p = s.privacy();
    return new Views.PrivacyView(
        s.name(),
        p.onlyLeadKnows(),
        p.noticeText(),
        p.ownNotice(),
        p.retentionYears(),
        p.formerMentorKeepsOwnNotes(),
        access.coordinates(actor, s)
            ? s.coordinators().stream().filter(s::isMatchingCoordinator).map(ctx::person).toList()
            : List.of());
  }

  /** The course's members, for the scheme's coordinators. */
  public Views.Page<Views.MemberView> roster(Actor actor, String courseRef, int page, int size) {
    return roster(actor, courseRef, null, page, size);
  }

  /**
   * The course's members whose name contains {@code search} (null: all), for the scheme's
   * coordinators: paged and searched in the database.
   */
  public Views.Page<Views.MemberView> roster(
      Actor actor, String courseRef, String search, int page, int size) {
    Scheme s = requireRosterReader(actor, courseRef);
    int p = Context.page(page);
    int n = Context.size(size);
    String q = search == null || search.isBlank() ? null : search.strip();
    if (q != null && q.length() > 100) {
      q = q.substring(0, 100);
    }
    List<CourseMember> members = schemes.members(actor.tenant(), courseRef, q, p * n, n);
    List<Views.MemberView> items =
        members.stream()
            .map(
                m ->
                    new Views.MemberView(
                        ctx.person(m.person()),
                        m.launchRoles().stream()
                            .map(Enum::name)
                            .collect(java.util.stream.Collectors.toSet()),
                        mentors.forPerson(s.ref(), m.person()).isPresent(),
                        m.hasLaunched() ? m.lastSeenAt() : null,
                        m.status(),
                        m.hasLaunched()))
            .toList();
    long total = schemes.countMembers(actor.tenant(), courseRef, q);
    return new Views.Page<>(items, p, n, total);
  }

  /**
   * Only the scheme's coordinators read (or refresh) the roster: checked before anything else,
   * including any call to the platform.
   */
  public Scheme requireRosterReader(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.coordinatorReads(actor, s, ConfidentialRead.Kind.ROSTER);
    return s;
  }

  /** A member as the platform's membership list names them: the person, roles and status. */
  public record ListedMember(PersonRef person, Set<LaunchRole> roles, MembershipStatus status) {}

  /** What a read of the platform's membership list changed. */
  public record RosterChange(int listed, int added, int left) {}

  /**
   * Applies a read of the platform's membership list to the course's members: each listed member is
   * added or updated (roles and status); when the read was {@code complete}, members it no longer
   * names are marked as having left (they stay, for the records that name them). Members the
   * platform names with the Mentor role become mentors of the course's scheme, as on launch.
   */
  public RosterChange rosterFromPlatform(
      TenantId tenant, String courseRef, List<ListedMember> listed, boolean complete) {
    java.util.Map<String, CourseMember> known = new java.util.HashMap<>();
    for (CourseMember m : schemes.allMembers(tenant, courseRef)) {
      known.put(m.personId(), m);
    }
    Optional<Scheme> scheme = schemes.forCourse(tenant, courseRef);
    java.util.Set<String> seen = new java.util.HashSet<>();
    int added = 0;
    for (ListedMember l : listed) {
      if (!l.person().tenant().equals(tenant) || !seen.add(l.person().personId())) {
        continue;
      }
      CourseMember m = known.get(l.person().personId());
      if (m == null) {
        schemes.addMember(
            CourseMember.listedByPlatform(l.person(), courseRef, l.roles(), l.status(), ctx.now()));
        added++;
      } else {
        m.listed(l.roles(), l.status(), ctx.now());
      }
      if (l.roles().contains(LaunchRole.MENTOR) && l.status() == MembershipStatus.ACTIVE) {
        scheme
            .filter(s -> mentors.forPerson(s.ref(), l.person()).isEmpty())
            .ifPresent(s -> mentors.add(MentorProfile.selfDesignated(s, l.person(), ctx.now())));
      }
    }
    int left = 0;
    if (complete) {
      for (CourseMember m : known.values()) {
        if (!seen.contains(m.personId()) && m.status() != MembershipStatus.LEFT) {
          m.notListed();
          left++;
        }
      }
    }
    return new RosterChange(seen.size(), added, left);
  }

  Views.MyRoles roles(Scheme s, Actor actor) {
    PersonRef me = actor.person();
    boolean mentee =
        !requests.forMentee(s.ref(), me).isEmpty()
            || !relationships.forMentee(s.ref(), me).isEmpty();
    boolean instructorNow = actor.has(LaunchRole.INSTRUCTOR);
    return new Views.MyRoles(
        s.canLead(actor),
        s.canCoordinate(actor),
        mentors.forPerson(s.ref(), me).isPresent(),
        mentee,
        false,
        s.isLead(me) && !instructorNow,
        s.isCoordinator(me) && !instructorNow,
        s.canMatch(actor));
  }

  private Views.SchemeView view(Scheme s, Actor actor) {
    return new Views.SchemeView(
        s.id(),
        s.name(),
        ctx.person(s.lead()),
        access.coordinates(actor, s)
            ? s.coordinators().stream().map(ctx::person).toList()
            : List.of(),
        s.settings(),
        ctx.calendar(s).zone(),
        roles(s, actor));
  }
}
