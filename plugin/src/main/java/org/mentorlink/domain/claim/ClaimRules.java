package org.mentorlink.domain.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.SchemeRef;

/**
 * A scheme's rules for mentors' claims: the fee per signed-off session (e.g. a half-day locum fee),
 * the rate per mile of travel, and the yearly budget (none: no limit). The budget year is the
 * scheme's CPD year (1 April by default, the UK financial year). Set by the lead or a coordinator;
 * until they are set, mentors cannot claim.
 */
@Entity
@Table(name = "claim_rules")
public class ClaimRules {
  /** £5,000: more than any session fee. */
  public static final Money MAX_FEE = Money.ofPence(500_000);

  /** £5 a mile. */
  public static final Money MAX_RATE = Money.ofPence(500);

  @Id
  @Column(name = "scheme_id", length = 36)
  private String schemeId;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "session_fee_pence", nullable = false)
  private long sessionFeePence;

  @Column(name = "mileage_rate_pence", nullable = false)
  private long mileageRatePence;

  @Column(name = "yearly_budget_pence")
  private Long yearlyBudgetPence;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ClaimRules() {}

  /** The values of the rules, validated together. */
  public record Amounts(Money sessionFee, Money mileageRate, Money yearlyBudget) {
    public Amounts {
      if (sessionFee == null || sessionFee.isZero() || sessionFee.compareTo(MAX_FEE) > 0) {
        throw new DomainException(
            "INVALID_CLAIM_RULES",
            "sessionFee",
            "The session fee must be more than £0 and at most £5,000.");
      }
      if (mileageRate == null || mileageRate.compareTo(MAX_RATE) > 0) {
        throw new DomainException(
            "INVALID_CLAIM_RULES", "mileageRate", "The rate per mile must be from £0 to £5.");
      }
      if (yearlyBudget != null && yearlyBudget.isZero()) {
        throw new DomainException(
            "INVALID_CLAIM_RULES",
            "yearlyBudget",
            "A yearly budget must be more than £0 (or none).");
      }
    }
  }

  /** The lead or a coordinator sets the rules of a scheme for the first time. */
  public static ClaimRules setUp(Scheme scheme, Actor by, Amounts values) {
    scheme.requireCoordinator(by);
    ClaimRules r = new ClaimRules();
    r.schemeId = scheme.id();
    r.tenantId = scheme.tenant().value();
    r.apply(values);
    return r;
  }

  /**
   * The lead or a coordinator changes them (claims already made keep the fee they were made at).
   */
  public void change(Scheme scheme, Actor by, Amounts values) {
    scheme.requireCoordinator(by);
    if (!scheme.id().equals(schemeId)) {
      throw new IllegalArgumentException("rules of another scheme");
    }
    apply(values);
  }

  private void apply(Amounts v) {
    Objects.requireNonNull(v, "values");
    sessionFeePence = v.sessionFee().pence();
    mileageRatePence = v.mileageRate().pence();
    yearlyBudgetPence = v.yearlyBudget() == null ? null : v.yearlyBudget().pence();
  }

  public Amounts amounts() {
    return new Amounts(sessionFee(), mileageRate(), yearlyBudget());
  }

  public SchemeRef scheme() {
    return new SchemeRef(new org.mentorlink.domain.shared.TenantId(tenantId), schemeId);
  }

  public Money sessionFee() {
    return Money.ofPence(sessionFeePence);
  }

  public Money mileageRate() {
    return Money.ofPence(mileageRatePence);
  }

  /** The yearly budget, or null: no limit. */
  public Money yearlyBudget() {
    return yearlyBudgetPence == null ? null : Money.ofPence(yearlyBudgetPence);
  }
}
