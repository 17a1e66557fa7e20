package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlink.domain.app.ConfidentialRead.Kind;
import org.mentorlink.domain.app.SafeguardingViews.ConcernSummary;
import org.mentorlink.domain.app.SafeguardingViews.ConcernView;
import org.mentorlink.domain.app.SafeguardingViews.Field;
import org.mentorlink.domain.app.SafeguardingViews.RecordChoice;
import org.mentorlink.domain.app.SafeguardingViews.SharedView;
import org.mentorlink.domain.audit.AuditAction;
import org.mentorlink.domain.relationship.Contract;
import org.mentorlink.domain.relationship.Goal;
import org.mentorlink.domain.relationship.RecordAccess;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.RelationshipRepository;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.safeguarding.ConcernRepository;
import org.mentorlink.domain.safeguarding.MentorChangeRequest;
import org.mentorlink.domain.safeguarding.SafeguardingConcern;
import org.mentorlink.domain.safeguarding.SharedRecord;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.PersonRef;

/**
 * Safeguarding concerns (break-glass): the mentor raises one and chooses what the lead may read;
 * the lead reads exactly that, read-only, each record's reading audited, and reviews and closes it;
 * the mentee sees that it was raised (and why) unless the mentor recorded why they must not. Every
 * step is in the audit trail.
 */
@ApplicationScoped
@Transactional
@AuditDenials
public class SafeguardingService {
  @Inject Context ctx;
  @Inject Access access;
  @Inject RelationshipRepository relationships;
  @Inject ConcernRepository concerns;
  @Inject AuditTrail audit;
  @Inject Notifier notifier;

  /** The records of the relationship its mentor may share with the lead. */
  public List<RecordChoice> choices(Actor actor, String courseRef, String relationshipId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, relationshipId);
    List<RecordChoice> out = new ArrayList<>();
    for (SessionRecord x : relationships.sessions(r)) {
      out.add(
          new RecordChoice(
              SharedRecord.Type.SESSION + ":" + x.id(),
              SharedRecord.Type.SESSION,
              x.number(),
              x.scheduledAt(),
              null));
    }
    for (Goal g : relationships.goals(r)) {
      out.add(
          new RecordChoice(
              SharedRecord.Type.GOAL + ":" + g.id(), SharedRecord.Type.GOAL, null, null, g.goal()));
    }
    for (Contract c : relationships.contracts(r)) {
      out.add(
          new RecordChoice(
              SharedRecord.Type.CONTRACT + ":" + c.id(),
              SharedRecord.Type.CONTRACT,
              c.versionNo(),
              c.createdAt(),
              null));
    }
    return out;
  }

  /** How many concerns and requests wait for the lead to read (0 for anyone but the lead). */
  public long waitingForLead(Actor actor, String courseRef) {
    return access.openForLead(actor, ctx.scheme(actor, courseRef));
  }

  /** The mentor raises a concern on the relationship. */
  public ConcernView raise(
      Actor actor,
      String courseRef,
      String relationshipId,
      String reason,
      List<String> recordKeys,
      boolean informMentee,
      String withholdReason) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, relationshipId);
    Set<SharedRecord> records = new LinkedHashSet<>();
    Set<String> ofRelationship =
        choices(r).stream().map(RecordChoice::key).collect(Collectors.toSet());
    for (String key : recordKeys == null ? List.<String>of() : recordKeys) {
      SharedRecord rec = SharedRecord.parse(key);
      if (!ofRelationship.contains(rec.key())) {
        throw new DomainException(
            "INVALID_RECORD", "records", "Choose records of this relationship.");
      }
      records.add(rec);
    }
    SafeguardingConcern c =
        SafeguardingConcern.raise(
            s, r, actor, reason, records, informMentee, withholdReason, ctx.now());
    concerns.add(c);
    notifier.tellLead(s, actor, org.mentorlink.domain.notice.NoticeKind.CONCERN_RAISED, c.id());
    audit.record(
        actor,
        s,
        AuditAction.BREAK_GLASS,
        Kind.CONCERN,
        c.id(),
        informMentee ? "RAISED" : "RAISED:MENTEE_NOT_TOLD");
    for (SharedRecord rec : records) {
      audit.record(
          actor, s, AuditAction.BREAK_GLASS, kind(rec.type()), rec.recordId(), "SHARED:" + c.id());
    }
    return view(actor, s, c, r);
  }

  /** The concerns on a relationship that its party may know of. */
  public List<ConcernSummary> onRelationship(Actor actor, String courseRef, String relationshipId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, relationshipId);
    return access.concernsOn(actor, s, r).stream().map(this::summary).toList();
  }

  /** The scheme's concerns, for its lead. */
  public Views.Page<ConcernSummary> forLead(Actor actor, String courseRef, int page, int size) {
    Scheme s = ctx.scheme(actor, courseRef);
    int p = Context.page(page);
    int n = Context.size(size);
    List<ConcernSummary> items =
        access.concernsForLead(actor, s, p * n, n).stream().map(this::summary).toList();
    return new Views.Page<>(items, p, n, concerns.countInScheme(s.ref()));
  }

  /** One concern, as its reader may see it (for the lead, with the shared records' content). */
  public ConcernView get(Actor actor, String courseRef, String id) {
    Scheme s = ctx.scheme(actor, courseRef);
    SafeguardingConcern c = access.concern(actor, s, id);
    Relationship r =
        relationships
            .find(s.ref(), c.relationshipId())
            .orElseThrow(() -> new org.mentorlink.domain.shared.NotFound("That concern"));
    if (s.canLead(actor) && !c.isMentor(actor.person())) {
      audit.record(actor, s, AuditAction.BREAK_GLASS, Kind.CONCERN, c.id(), "LEAD_READ");
    }
    return view(actor, s, c, r);
  }

  /** The lead marks the concern reviewed. */
  public ConcernView review(Actor actor, String courseRef, String id) {
    Scheme s = ctx.scheme(actor, courseRef);
    s.requireLead(actor);
    SafeguardingConcern c = access.concern(actor, s, id);
    c.review(s, actor, ctx.now());
    audit.record(actor, s, AuditAction.BREAK_GLASS, Kind.CONCERN, c.id(), "REVIEWED");
    return view(actor, s, c, relationships.find(s.ref(), c.relationshipId()).orElseThrow());
  }

  /** The lead closes a reviewed concern. */
  public ConcernView close(Actor actor, String courseRef, String id) {
    Scheme s = ctx.scheme(actor, courseRef);
    s.requireLead(actor);
    SafeguardingConcern c = access.concern(actor, s, id);
    c.close(s, actor, ctx.now());
    audit.record(actor, s, AuditAction.BREAK_GLASS, Kind.CONCERN, c.id(), "CLOSED");
    return view(actor, s, c, relationships.find(s.ref(), c.relationshipId()).orElseThrow());
  }

  // --- the mentee's confidential requests to the lead

  /** The mentee asks the lead, confidentially, to change mentor (or tells of a concern). */
  public SafeguardingViews.ChangeView askLead(
      Actor actor,
      String courseRef,
      String relationshipId,
      MentorChangeRequest.Kind kind,
      String reason) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, relationshipId);
    MentorChangeRequest m = MentorChangeRequest.ask(s, r, actor, kind, reason, ctx.now());
    concerns.addChange(m);
    notifier.tellLead(s, actor, org.mentorlink.domain.notice.NoticeKind.CONCERN_RAISED, m.id());
    audit.record(
        actor, s, AuditAction.BREAK_GLASS, Kind.CHANGE_REQUEST, m.id(), "ASKED:" + m.kind());
    return changeView(actor, s, m);
  }

  /** The mentee's own requests on the relationship (none for its mentor). */
  public List<SafeguardingViews.ChangeView> myChangeRequests(
      Actor actor, String courseRef, String relationshipId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, relationshipId);
    return access.changeRequestsOn(actor, s, r).stream().map(m -> changeView(actor, s, m)).toList();
  }

  /** One request, for its mentee or the lead. */
  public SafeguardingViews.ChangeView changeRequest(Actor actor, String courseRef, String id) {
    Scheme s = ctx.scheme(actor, courseRef);
    return changeView(actor, s, access.changeRequest(actor, s, id));
  }

  /** The scheme's requests, for its lead. */
  public Views.Page<SafeguardingViews.ChangeView> changeRequestsForLead(
      Actor actor, String courseRef, int page, int size) {
    Scheme s = ctx.scheme(actor, courseRef);
    int p = Context.page(page);
    int n = Context.size(size);
    List<SafeguardingViews.ChangeView> items =
        access.changeRequestsForLead(actor, s, p * n, n).stream()
            .map(m -> changeView(actor, s, m))
            .toList();
    return new Views.Page<>(items, p, n, concerns.countChanges(s.ref()));
  }

  public SafeguardingViews.ChangeView reviewChange(Actor actor, String courseRef, String id) {
    Scheme s = ctx.scheme(actor, courseRef);
    s.requireLead(actor);
    MentorChangeRequest m = access.changeRequest(actor, s, id);
    m.review(s, actor, ctx.now());
    audit.record(actor, s, AuditAction.BREAK_GLASS, Kind.CHANGE_REQUEST, m.id(), "REVIEWED");
    return changeView(actor, s, m);
  }

  public SafeguardingViews.ChangeView closeChange(Actor actor, String courseRef, String id) {
    Scheme s = ctx.scheme(actor, courseRef);
    s.requireLead(actor);
    MentorChangeRequest m = access.changeRequest(actor, s, id);
    m.close(s, actor, ctx.now());
    audit.record(actor, s, AuditAction.BREAK_GLASS, Kind.CHANGE_REQUEST, m.id(), "CLOSED");
    return changeView(actor, s, m);
  }

  SafeguardingViews.ChangeView changeView(Actor actor, Scheme s, MentorChangeRequest m) {
    boolean asLead = s.canLead(actor) && !m.isMentee(actor.person());
    boolean active =
        relationships.find(s.ref(), m.relationshipId()).map(Relationship::active).orElse(false);
    Views.PersonView newMentor =
        m.rematchedRelationshipId() == null
            ? null
            : relationships
                .find(s.ref(), m.rematchedRelationshipId())
                .map(r -> ctx.person(r.mentor()))
                .orElse(null);
    return new SafeguardingViews.ChangeView(
        m.id(),
        m.relationshipId(),
        ctx.person(m.mentee()),
        ctx.person(m.mentor()),
        m.kind(),
        m.reason(),
        m.state(),
        m.raisedAt(),
        m.reviewedAt(),
        m.closedAt(),
        asLead,
        asLead && m.rematchable() && active,
        m.rematchedRelationshipId(),
        newMentor);
  }

  // --- helpers

  private List<RecordChoice> choices(Relationship r) {
    List<RecordChoice> out = new ArrayList<>();
    relationships
        .sessions(r)
        .forEach(
            x ->
                out.add(
                    new RecordChoice(
                        "SESSION:" + x.id(), SharedRecord.Type.SESSION, null, null, null)));
    relationships
        .goals(r)
        .forEach(
            g ->
                out.add(
                    new RecordChoice("GOAL:" + g.id(), SharedRecord.Type.GOAL, null, null, null)));
    relationships
        .contracts(r)
        .forEach(
            c ->
                out.add(
                    new RecordChoice(
                        "CONTRACT:" + c.id(), SharedRecord.Type.CONTRACT, null, null, null)));
    return out;
  }

  private static Kind kind(SharedRecord.Type type) {
    return switch (type) {
      case SESSION -> Kind.SESSION;
      case GOAL -> Kind.GOAL;
      case CONTRACT -> Kind.CONTRACT;
    };
  }

  private ConcernSummary summary(SafeguardingConcern c) {
    return new ConcernSummary(
        c.id(),
        c.relationshipId(),
        ctx.person(c.mentee()),
        ctx.person(c.mentor()),
        c.state(),
        c.raisedAt(),
        c.menteeInformed());
  }

  private ConcernView view(Actor actor, Scheme s, SafeguardingConcern c, Relationship r) {
    PersonRef me = actor.person();
    boolean asMentor = c.isMentor(me);
    boolean asLead = s.canLead(actor) && !asMentor;
    List<SharedView> shared = new ArrayList<>();
    // A former mentor (the mentee changed mentor) no longer reads the records' titles either.
    boolean mentorNow = asMentor && r.readingFor(me, false) == RecordAccess.WHOLE;
    if (mentorNow || asLead) {
      for (SharedRecord rec : c.records()) {
        shared.add(sharedView(actor, s, c, r, rec, asLead));
      }
    }
    return new ConcernView(
        c.id(),
        c.relationshipId(),
        ctx.person(c.mentee()),
        ctx.person(c.mentor()),
        c.reason(),
        c.menteeInformed(),
        asMentor || asLead ? c.withholdReason() : null,
        c.state(),
        c.raisedAt(),
        c.reviewedAt(),
        c.closedAt(),
        shared,
        asLead,
        asMentor);
  }

  /**
   * One shared record: for the lead with its content, each reading recorded (through the access
   * policy, and as a break-glass step); for the mentor, its title only.
   */
  private SharedView sharedView(
      Actor actor,
      Scheme s,
      SafeguardingConcern c,
      Relationship r,
      SharedRecord rec,
      boolean withContent) {
    List<Field> fields = new ArrayList<>();
    Integer number = null;
    java.time.Instant when = null;
    String title = null;
    switch (rec.type()) {
      case SESSION -> {
        SessionRecord x = relationships.session(r, rec.recordId()).orElse(null);
        if (x == null) {
          return new SharedView(
              rec.type(), rec.recordId(), null, null, "(no longer there)", fields);
        }
        number = x.number();
        when = x.scheduledAt();
        if (withContent) {
          add(fields, "Agenda", x.agenda());
          add(fields, "The mentee's notes", x.menteeNotes());
          add(fields, "The mentor's notes", x.mentorNotes());
          add(fields, "Goals reviewed", x.goalsReviewed());
          x.actions().forEach(a -> add(fields, "Action", a.what()));
          x.addenda().forEach(a -> add(fields, "Addendum", a.body()));
        }
      }
      case GOAL -> {
        Goal g = relationships.goal(r, rec.recordId()).orElse(null);
        if (g == null) {
          return new SharedView(
              rec.type(), rec.recordId(), null, null, "(no longer there)", fields);
        }
        title = g.goal();
        if (withContent) {
          add(fields, "Goal", g.goal());
          add(fields, "Reality", g.reality());
          add(fields, "Chosen action", g.chosenAction());
        }
      }
      case CONTRACT -> {
        Contract k =
            relationships.contracts(r).stream()
                .filter(x -> x.id().equals(rec.recordId()))
                .findFirst()
                .orElse(null);
        if (k == null) {
          return new SharedView(
              rec.type(), rec.recordId(), null, null, "(no longer there)", fields);
        }
        number = k.versionNo();
        when = k.createdAt();
        if (withContent) {
          add(fields, "Contract text", k.text());
        }
      }
      default -> throw new IllegalStateException();
    }
    if (withContent) {
      access.leadReadsShared(actor, s, c, kind(rec.type()), rec.recordId(), true);
      audit.record(
          actor,
          s,
          AuditAction.BREAK_GLASS,
          kind(rec.type()),
          rec.recordId(),
          "LEAD_READ:" + c.id());
    }
    return new SharedView(rec.type(), rec.recordId(), number, when, title, fields);
  }

  private static void add(List<Field> fields, String label, String text) {
    if (text != null && !text.isBlank()) {
      fields.add(new Field(label, text));
    }
  }
}
