package org.mentorlink.tool.bridge;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.person.Person;
import org.mentorlink.domain.person.PersonRepository;
import org.mentorlink.domain.scheme.MembershipStatus;
import org.mentorlink.domain.scheme.SchemeRepository;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.tool.infrastructure.crypto.KeyRing;
import org.mentorlink.tool.infrastructure.db.DatabaseFaults;
import org.mentorlink.tool.infrastructure.metrics.ToolMetrics;
import org.mentorlink.tool.lti.services.MembershipClient;
import org.mentorlink.tool.lti.services.MembershipClient.Member;
import org.mentorlink.tool.lti.services.MembershipClient.Membership;
import org.mentorlink.tool.lti.services.MembershipClient.MembershipException;
import org.mentorlink.tool.lti.services.RosterReads;

/**
 * The course roster from the platform (Names and Role Provisioning 2.0): reads each course's
 * membership when a coordinator asks and on a schedule (every {@code mentorlink.nrps.refresh
 * .minutes}, sooner after a failure), one node per course at a time, and turns the members into the
 * course's people and members — those who never launched included, so a coordinator can make one a
 * mentor. Courses without a scheme are not read. The platform's failures are recorded and shown on
 * the roster page; they never become a 500.
 */
@ApplicationScoped
public class RosterSync {
  private static final Logger LOG = Logger.getLogger(RosterSync.class.getName());
  static final Duration LEASE = Duration.ofMinutes(5);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject MembershipClient client;
  @Inject RosterReads reads;
  @Inject ToolMetrics metrics;
  @Inject RosterSync self;
  @Inject KeyRing keyRing;
  @Inject PersonRepository people;
  @Inject SchemeService schemes;
  @Inject SchemeRepository schemeRecords;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "mentorlink.nrps.refresh.minutes", defaultValue = "360")
  long refreshMinutes;

  @Inject
  @ConfigProperty(name = "mentorlink.nrps.poll.seconds", defaultValue = "30")
  long pollSeconds;

  private ScheduledFuture<?> task;
  private volatile boolean stopping;

  /** The outcome of a read, for the page or the API. */
  public record Outcome(boolean ok, int members, int left, boolean complete, String message) {}

  void onStart(@Observes Startup event) {
    long poll = Math.max(1, pollSeconds);
    task = scheduler.scheduleWithFixedDelay(this::readDue, poll, poll, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    stopping = true;
    if (task != null) {
      task.cancel(false);
    }
  }

  /** Reads every course whose read is due. */
  void readDue() {
    try {
      while (!stopping) {
        Instant now = clock.instant();
        Optional<RosterReads.Claimed> next = reads.claimDue(now, now.plus(LEASE));
        if (next.isEmpty()) {
          return;
        }
        RosterReads.Claimed c = next.get();
        if (schemeRecords.forCourse(new TenantId(c.tenantId()), c.contextRef()).isEmpty()) {
          reads.failed(c, null, now, now.plus(refresh()));
          continue;
        }
        read(c);
      }
    } catch (RuntimeException e) {
      LOG.warning(
          DatabaseFaults.classify(e).isPresent()
              ? "Roster reads paused: the database is unavailable"
              : "Roster reads paused: an unexpected error (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * A coordinator asks for the roster to be read now: authorised first (only the scheme's
   * coordinators), then read unless another read of the course is under way.
   */
  public Outcome refreshNow(Actor actor, String courseRef) {
    schemes.requireRosterReader(actor, courseRef);
    Instant now = clock.instant();
    Optional<RosterReads.Claimed> claimed =
        reads.claimNow(actor.tenant().value(), courseRef, now, now.plus(LEASE));
    if (claimed.isEmpty()) {
      RosterReads.Source s = reads.source(actor.tenant().value(), courseRef);
      return new Outcome(
          false,
          0,
          0,
          false,
          s.offered()
              ? "The course's membership is being read already; look again in a moment."
              : "The platform has not offered its membership service (Names and Role"
                  + " Provisioning) in a launch of this course.");
    }
    return read(claimed.get());
  }

  /** A course's scheme was set up: its first read is due now (in the same transaction). */
  void onSchemeSetUp(@Observes org.mentorlink.domain.scheme.SchemeSetUp e) {
    reads.dueNow(e.tenant().value(), e.courseRef(), clock.instant());
  }

  /** Where the course's roster comes from. */
  public RosterReads.Source source(String tenantId, String courseRef) {
    return reads.source(tenantId, courseRef);
  }

  private Outcome read(RosterReads.Claimed c) {
    Instant started = clock.instant();
    Membership m;
    try {
      m = client.read(c.tenantId(), c.membershipsUrl());
      metrics.nrpsFetch("OK");
    } catch (MembershipException e) {
      metrics.nrpsFetch("FAILED");
      Instant now = clock.instant();
      reads.failed(c, e.getMessage(), now, now.plus(retry()));
      LOG.info("Course roster not read: " + e.getMessage());
      return new Outcome(false, 0, 0, false, e.getMessage());
    } catch (RuntimeException e) {
      metrics.nrpsFetch("FAILED");
      Instant now = clock.instant();
      reads.failed(c, "The platform's answer could not be used.", now, now.plus(retry()));
      LOG.warning("Course roster not read: " + e.getClass().getSimpleName());
      return new Outcome(false, 0, 0, false, "The platform's answer could not be used.");
    }
    SchemeService.RosterChange change;
    try {
      // The members' e-mail addresses are sealed with the registration's own data key.
      change = keyRing.inTenant(c.tenantId(), () -> self.apply(c, m));
    } catch (RuntimeException e) {
      Instant now = clock.instant();
      String why = "The roster could not be stored just now; it is read again later.";
      reads.failed(c, why, now, now.plus(retry()));
      if (DatabaseFaults.classify(e).isPresent()) {
        throw e; // the database is away: answered 503 like any other request
      }
      LOG.log(java.util.logging.Level.WARNING, "Course roster not stored", e);
      return new Outcome(false, 0, 0, false, why);
    }
    Instant now = clock.instant();
    reads.read(c, now, change.listed(), now.plus(refresh()));
    LOG.fine(
        () ->
            "Course roster read: "
                + change.listed()
                + " members in "
                + Duration.between(started, now).toMillis()
                + " ms");
    return new Outcome(true, change.listed(), change.left(), m.complete(), m.note());
  }

  /** The members as people (created for those who never launched) and course members. */
  @Transactional
  public SchemeService.RosterChange apply(RosterReads.Claimed c, Membership m) {
    TenantId tenant = new TenantId(c.tenantId());
    Instant now = clock.instant();
    Map<String, Member> bySubject = new LinkedHashMap<>();
    for (Member member : m.members()) {
      bySubject.putIfAbsent(member.userId(), member);
    }
    Map<String, Person> known = people.findBySubjects(tenant, bySubject.keySet());
    List<SchemeService.ListedMember> listed = new ArrayList<>();
    for (Member member : bySubject.values()) {
      Person p = known.get(member.userId());
      if (p == null) {
        p = new Person(tenant, member.userId(), member.name(), member.email(), now);
        people.add(p);
      } else {
        p.listedAs(member.name(), member.email());
      }
      listed.add(
          new SchemeService.ListedMember(
              p.ref(), ToolRoles.from(member.roles()), status(member.status())));
    }
    return schemes.rosterFromPlatform(tenant, c.contextRef(), listed, m.complete());
  }

  /** NRPS 2.0 §2.3: {@code Active} (the default), {@code Inactive}, or {@code Deleted}. */
  static MembershipStatus status(String nrps) {
    if (nrps == null) {
      return MembershipStatus.ACTIVE;
    }
    return switch (nrps.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "inactive" -> MembershipStatus.INACTIVE;
      case "deleted" -> MembershipStatus.LEFT;
      default -> MembershipStatus.ACTIVE;
    };
  }

  private Duration refresh() {
    return Duration.ofMinutes(Math.max(1, refreshMinutes));
  }

  private Duration retry() {
    Duration r = refresh();
    Duration fifteen = Duration.ofMinutes(15);
    return r.compareTo(fifteen) < 0 ? r : fifteen;
  }
}
