package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.mentorlink.domain.audit.AuditAction;
import org.mentorlink.domain.audit.AuditEntry;
import org.mentorlink.domain.audit.AuditRepository;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.SchemeRepository;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.TenantId;

/**
 * The audit trail's one writer and reader. Every confidential read that {@link Access} grants
 * arrives here as a {@link ConfidentialRead} and is written in the same transaction as the read; a
 * refused record ({@link AccessDenied}) or power ({@link DenialRecorder}) is written in a
 * transaction of its own, since the refused call's own is rolled back; the services record their
 * sign-offs, signatures, approvals, exports and break-glass steps through {@link #record}; the
 * operator API its calls through {@link #operatorCall}. Entries hold ids and codes, never content.
 *
 * <p>The lead reads their scheme's trail ({@link #forScheme}, {@link #exportScheme}); the operator
 * reads everyone's ({@link #all}).
 */
@ApplicationScoped
@Transactional
@AuditDenials
public class AuditTrail {
  /** The largest number of entries one CSV export holds (newest first). */
  public static final int EXPORT_LIMIT = 100_000;

  private static final Pattern ID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Inject Context ctx;
  @Inject Access access;
  @Inject AuditRepository entries;
  @Inject SchemeRepository schemes;

  // --- what is written

  /** A confidential read, in the reading call's transaction. */
  void onRead(@Observes ConfidentialRead r) {
    entries.append(
        new AuditEntry(
            r.scheme().tenant().value(),
            r.scheme().schemeId(),
            r.reader().personId(),
            AuditAction.READ,
            r.kind().name(),
            r.recordId(),
            null,
            ctx.now()));
  }

  /** A record refused (shown as "not found"), in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void onDenied(@Observes AccessDenied d) {
    entries.append(
        new AuditEntry(
            d.scheme().tenant().value(),
            d.scheme().schemeId(),
            d.actor().personId(),
            AuditAction.DENIED,
            d.kind().name(),
            d.recordId(),
            "NOT_FOUND",
            ctx.now()));
  }

  /**
   * A power refused ({@code FORBIDDEN}) by the operation {@code operation} (a service method's
   * name), in a transaction of its own. {@code courseRef} finds the scheme, if there is one; {@code
   * recordId} is kept only if it is a record id (a UUID), so that no code or secret an operation
   * takes is ever written.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void deniedOperation(
      Actor actor, String courseRef, String operation, String recordId, String code) {
    Optional<Scheme> s =
        courseRef == null || courseRef.length() > 255
            ? Optional.empty()
            : schemes.forCourse(actor.tenant(), courseRef);
    entries.append(
        new AuditEntry(
            actor.tenant().value(),
            s.map(Scheme::id).orElse(null),
            actor.person().personId(),
            AuditAction.DENIED,
            "OPERATION",
            recordId != null && ID.matcher(recordId).matches() ? recordId : null,
            AuditEntry.isCode(operation + ":" + code) ? operation + ":" + code : operation,
            ctx.now()));
  }

  /**
   * What the actor did in the scheme (a sign-off, a signature, an approval, an export, a
   * break-glass step), in the calling transaction: if the call fails, no entry remains.
   */
  public void record(
      Actor actor,
      Scheme s,
      AuditAction action,
      ConfidentialRead.Kind kind,
      String recordId,
      String detail) {
    entries.append(
        new AuditEntry(
            s.tenant().value(),
            s.id(),
            actor.person().personId(),
            action,
            kind == null ? null : kind.name(),
            recordId,
            detail,
            ctx.now()));
  }

  /**
   * An export the web layer made for the actor from the course's scheme ({@code what}: a code such
   * as {@code CPD_LOG_CSV}).
   */
  public void exported(Actor actor, String courseRef, String what, String recordId) {
    Scheme s = ctx.scheme(actor, courseRef);
    entries.append(
        new AuditEntry(
            s.tenant().value(),
            s.id(),
            actor.person().personId(),
            AuditAction.EXPORT,
            what,
            recordId,
            null,
            ctx.now()));
  }

  /**
   * A call of the operator API: its method and path template ({@code detail}, e.g. {@code
   * POST:/api/operator/keys/rotate}), its answer's status, and the registration it concerned if
   * any. {@code authenticated} false: a refused call (no valid token).
   */
  public void operatorCall(
      boolean authenticated, String registrationId, String detail, int status) {
    entries.append(
        new AuditEntry(
            registrationId != null
                    && registrationId.length() <= 36
                    && AuditEntry.isCode(registrationId)
                ? registrationId
                : null,
            null,
            authenticated ? AuditEntry.OPERATOR : AuditEntry.ANONYMOUS,
            authenticated ? AuditAction.OPERATOR : AuditAction.DENIED,
            "OPERATOR_API",
            String.valueOf(status),
            AuditEntry.isCode(detail) ? detail : "OPERATOR_CALL",
            ctx.now()));
  }

  /**
   * A person's erasure: the entry records it (by whom: {@code byActorId}, a person id or {@link
   * AuditEntry#OPERATOR}), then every entry of the tenant that named the person names a pseudonym
   * instead. Returns the pseudonym.
   */
  public String erased(TenantId tenant, String schemeId, String byActorId, String personId) {
    String pseudonym = "erased-" + UUID.randomUUID();
    int n = entries.pseudonymise(tenant, personId, pseudonym);
    entries.append(
        new AuditEntry(
            tenant.value(),
            schemeId,
            byActorId.equals(personId) ? pseudonym : byActorId,
            AuditAction.ERASURE,
            "PERSON",
            pseudonym,
            "PSEUDONYMISED_ENTRIES:" + n,
            ctx.now()));
    return pseudonym;
  }

  // --- what is read

  /** The scheme's trail, newest first, for its lead (the reading is itself recorded). */
  public Views.Page<AuditViews.EntryView> forScheme(
      Actor actor, String courseRef, int page, int size) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.requireLead(actor, s);
    int p = Context.page(page);
    int n = Context.size(size);
    List<AuditEntry> rows = entries.forScheme(s.ref(), p * n, n);
    long total = entries.countForScheme(s.ref());
    record(actor, s, AuditAction.READ, ConfidentialRead.Kind.AUDIT_TRAIL, s.id(), null);
    return new Views.Page<>(views(rows), p, n, total);
  }

  /**
   * The scheme's whole trail for its lead's CSV (newest first, at most {@link #EXPORT_LIMIT}); the
   * export is recorded.
   */
  public List<AuditViews.EntryView> exportScheme(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.requireLead(actor, s);
    List<AuditEntry> rows = new ArrayList<>();
    int chunk = 1000;
    for (int offset = 0; offset < EXPORT_LIMIT; offset += chunk) {
      List<AuditEntry> next = entries.forScheme(s.ref(), offset, chunk);
      rows.addAll(next);
      if (next.size() < chunk) {
        break;
      }
    }
    record(actor, s, AuditAction.EXPORT, ConfidentialRead.Kind.AUDIT_TRAIL, s.id(), "CSV");
    return views(rows);
  }

  /** Every entry, or one registration's, newest first: for the operator. */
  public Views.Page<AuditViews.EntryView> all(Optional<String> tenant, int page, int size) {
    int p = Context.page(page);
    int n = Context.size(size);
    Optional<TenantId> t = tenant.filter(x -> !x.isBlank()).map(TenantId::new);
    return new Views.Page<>(views(entries.all(t, p * n, n)), p, n, entries.countAll(t));
  }

  private List<AuditViews.EntryView> views(List<AuditEntry> rows) {
    Map<String, String> names = new HashMap<>();
    return rows.stream()
        .map(
            e ->
                new AuditViews.EntryView(
                    e.at(),
                    e.tenantId(),
                    e.schemeId(),
                    e.actorId(),
                    name(names, e),
                    e.action(),
                    e.recordType(),
                    e.recordId(),
                    e.detail()))
        .toList();
  }

  private String name(Map<String, String> names, AuditEntry e) {
    if (e.tenantId() == null
        || AuditEntry.OPERATOR.equals(e.actorId())
        || AuditEntry.ANONYMOUS.equals(e.actorId())
        || e.actorId().startsWith("erased-")) {
      return e.actorId().startsWith("erased-") ? "Erased person" : "Operator";
    }
    return names.computeIfAbsent(
        e.tenantId() + "/" + e.actorId(),
        k -> ctx.person(new PersonRef(new TenantId(e.tenantId()), e.actorId())).name());
  }
}
