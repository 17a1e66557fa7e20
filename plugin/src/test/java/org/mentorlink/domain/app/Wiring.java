package org.mentorlink.domain.app;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mentorlink.domain.cpd.CpdCreditChanged;
import org.mentorlink.domain.shared.Calendar;
import org.mentorlink.domain.testing.InMemory;
import org.mentorlink.domain.testing.Times;

/**
 * The application services wired by hand, as CDI would, over in-memory repositories, the London
 * calendar on a clock the test moves, and events recorded instead of observed.
 */
final class Wiring {
  final InMemory db = new InMemory();
  final MovableClock clock = new MovableClock(Times.NOW);
  final Recorded<ConfidentialRead> reads = new Recorded<>();
  final Recorded<AccessDenied> denials = new Recorded<>();
  final AuditTrail audit = new AuditTrail();
  final Recorded<CpdCreditChanged> credit = new Recorded<>();
  final Context ctx = new Context();
  final Access access = new Access();
  final SchemeService schemes = new SchemeService();
  final RequestService requests = new RequestService();
  final MentorService mentors = new MentorService();
  final MentorRecordService mentorRecords = new MentorRecordService();
  final MatchingService matching = new MatchingService();
  final CpdService cpd = new CpdService();
  final RelationshipService relationships = new RelationshipService();
  final DocumentService documents = new DocumentService();
  final SafeguardingService safeguarding = new SafeguardingService();
  final Recorded<org.mentorlink.domain.privacy.PersonErased> erasures = new Recorded<>();
  final Recorded<org.mentorlink.domain.privacy.TenantLeaving> leavings = new Recorded<>();
  final FakePersonalData data = new FakePersonalData();
  final SubjectRightsService rights = new SubjectRightsService();
  final RetentionService retention = new RetentionService();
  final ClaimService claims = new ClaimService();
  final RematchService rematch = new RematchService();
  final Recorded<org.mentorlink.domain.notice.Notice> notices = new Recorded<>();
  final Notifier notifier = new Notifier();
  final IntakeService intake = new IntakeService();

  Wiring() {
    ctx.calendar = new Calendar(Times.LONDON, clock);
    notifier.notices = notices;
    matching.notifier = notifier;
    cpd.notifier = notifier;
    relationships.notifier = notifier;
    safeguarding.notifier = notifier;
    ctx.schemes = db.schemes;
    ctx.people = db.people;
    access.relationships = db.relationships;
    access.requests = db.requests;
    access.matches = db.matches;
    access.mentors = db.mentors;
    access.ledger = db.ledger;
    access.reads = reads;
    access.denials = denials;
    access.concerns = db.concerns;
    access.claims = db.claims;
    rematch.ctx = ctx;
    rematch.access = access;
    rematch.relationships = db.relationships;
    rematch.requests = db.requests;
    rematch.mentors = db.mentors;
    rematch.matches = db.matches;
    rematch.matching = matching;
    rematch.audit = audit;
    claims.ctx = ctx;
    claims.access = access;
    claims.relationships = db.relationships;
    claims.claims = db.claims;
    claims.audit = audit;
    safeguarding.ctx = ctx;
    safeguarding.access = access;
    safeguarding.relationships = db.relationships;
    safeguarding.concerns = db.concerns;
    safeguarding.audit = audit;
    audit.ctx = ctx;
    audit.access = access;
    audit.entries = db.audit;
    audit.schemes = db.schemes;
    schemes.ctx = ctx;
    schemes.access = access;
    schemes.schemes = db.schemes;
    schemes.mentors = db.mentors;
    schemes.requests = db.requests;
    schemes.relationships = db.relationships;
    schemes.ledger = db.ledger;
    schemes.setUps = new Recorded<>();
    requests.ctx = ctx;
    requests.access = access;
    requests.requests = db.requests;
    requests.relationships = db.relationships;
    mentorRecords.ctx = ctx;
    mentorRecords.access = access;
    mentorRecords.mentors = db.mentors;
    mentorRecords.schemes = db.schemes;
    mentorRecords.notifier = notifier;
    mentors.ctx = ctx;
    mentors.access = access;
    mentors.schemes = db.schemes;
    mentors.mentors = db.mentors;
    mentors.relationships = db.relationships;
    matching.ctx = ctx;
    matching.access = access;
    matching.requests = db.requests;
    matching.mentors = db.mentors;
    matching.matches = db.matches;
    matching.relationships = db.relationships;
    cpd.ctx = ctx;
    cpd.access = access;
    cpd.ledger = db.ledger;
    cpd.creditChanged = credit;
    cpd.audit = audit;
    relationships.ctx = ctx;
    relationships.access = access;
    relationships.relationships = db.relationships;
    relationships.requests = db.requests;
    relationships.cpd = cpd;
    relationships.audit = audit;
    documents.ctx = ctx;
    documents.access = access;
    documents.ledger = db.ledger;
    documents.relationships = db.relationships;
    documents.people = db.people;
    documents.issued = db.documents;
    documents.audit = audit;
    documents.mint = org.mentorlink.domain.testing.Mints.keyed("test");
    rights.ctx = ctx;
    rights.access = access;
    rights.schemes = db.schemes;
    rights.people = db.people;
    rights.requests = db.requests;
    rights.matches = db.matches;
    rights.relationships = db.relationships;
    rights.mentors = db.mentors;
    rights.ledger = db.ledger;
    rights.data = data;
    rights.requestViews = requests;
    rights.matchingViews = matching;
    rights.relationshipViews = relationships;
    rights.cpdViews = cpd;
    rights.mentorViews = mentors;
    rights.erased = erasures;
    rights.leaving = leavings;
    retention.ctx = ctx;
    retention.data = data;
    retention.audit = db.audit;
    rights.audit = audit;
    intake.ctx = ctx;
    intake.access = access;
    intake.requests = db.requests;
    intake.relationships = db.relationships;
    intake.schemes = db.schemes;
    intake.views = requests;
    intake.audit = audit;
    intake.settings = () -> java.time.Duration.ofDays(14);
  }

  /** Moves the clock to {@code isoInstant}. */
  void at(String isoInstant) {
    clock.now = Instant.parse(isoInstant);
  }

  /** A clock the test sets. */
  static final class MovableClock extends Clock {
    Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the calendar keeps the zone");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** An event that only records what was fired. */
  static final class Recorded<T> implements Event<T> {
    final List<T> fired = new ArrayList<>();

    @Override
    public void fire(T event) {
      fired.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
      fired.add(event);
      return CompletableFuture.completedFuture(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      return fireAsync(event);
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
