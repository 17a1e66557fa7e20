package org.mentorlink.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.mentorlink.domain.shared.DomainException;

/**
 * One line of the audit trail: who did what to which record, when (UTC), in which registration and
 * scheme. Append-only: it has no mutators, every column is written once ({@code updatable =
 * false}), and the repository offers no delete. It holds identifiers and codes only — never
 * content: the record's id and the detail must be codes ({@code [A-Za-z0-9_.:/-]}), so no free
 * text, token or key can reach the trail by mistake.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
  /** The actor of operator API calls (whoever holds the operator token). */
  public static final String OPERATOR = "operator";

  /** The actor of a refused operator call (no valid token). */
  public static final String ANONYMOUS = "anonymous";

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.:/{}-]{1,120}");

  @Id
  @Column(name = "id", length = 36, updatable = false)
  private String id;

  @Column(name = "tenant_id", length = 36, updatable = false)
  private String tenantId;

  @Column(name = "scheme_id", length = 36, updatable = false)
  private String schemeId;

  @Column(name = "actor_id", nullable = false, length = 64, updatable = false)
  private String actorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 16, updatable = false)
  private AuditAction action;

  @Column(name = "record_type", length = 40, updatable = false)
  private String recordType;

  @Column(name = "record_id", length = 120, updatable = false)
  private String recordId;

  @Column(name = "detail", length = 120, updatable = false)
  private String detail;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  protected AuditEntry() {}

  /**
   * An entry. {@code tenantId} and {@code schemeId} are null only for what belongs to no
   * registration or scheme (an operator call on the tool itself; a refusal outside any scheme).
   * {@code recordType}, {@code recordId} and {@code detail} are optional codes.
   */
  public AuditEntry(
      String tenantId,
      String schemeId,
      String actorId,
      AuditAction action,
      String recordType,
      String recordId,
      String detail,
      Instant at) {
    if (schemeId != null && tenantId == null) {
      throw new DomainException("AUDIT_INVALID", "A scheme belongs to a registration.");
    }
    this.id = UUID.randomUUID().toString();
    this.tenantId = code(tenantId, "registration");
    this.schemeId = code(schemeId, "scheme");
    this.actorId = Objects.requireNonNull(code(actorId, "actor"), "actor");
    this.action = Objects.requireNonNull(action, "action");
    this.recordType = code(recordType, "record type");
    this.recordId = code(recordId, "record id");
    this.detail = code(detail, "detail");
    this.at = Objects.requireNonNull(at, "at");
  }

  /**
   * {@code value} if it is a code (letters, digits and {@code _ . : / { } -}, at most 120): what
   * the trail may hold. Anything else — spaces, line breaks, free text — is refused.
   */
  static String code(String value, String what) {
    if (value == null) {
      return null;
    }
    if (!CODE.matcher(value).matches()) {
      throw new DomainException(
          "AUDIT_INVALID", "An audit entry's " + what + " must be a code, not text.");
    }
    return value;
  }

  /** True if {@code value} could be stored as a code of the trail. */
  public static boolean isCode(String value) {
    return value != null && CODE.matcher(value).matches();
  }

  public String id() {
    return id;
  }

  public String tenantId() {
    return tenantId;
  }

  public String schemeId() {
    return schemeId;
  }

  public String actorId() {
    return actorId;
  }

  public AuditAction action() {
    return action;
  }

  public String recordType() {
    return recordType;
  }

  public String recordId() {
    return recordId;
  }

  public String detail() {
    return detail;
  }

  public Instant at() {
    return at;
  }
}
