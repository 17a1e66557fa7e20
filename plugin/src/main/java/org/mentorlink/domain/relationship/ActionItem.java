package org.mentorlink.domain.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.Sealed;

/** An action agreed in a session: what, who does it (mentee or mentor), by when. */
@Embeddable
public class ActionItem {
  /** Who owns an action. */
  public enum Owner {
    MENTEE,
    MENTOR
  }

  @Convert(converter = Sealed.Text.class)
  @Column(name = "what", length = 1000)
  private String what;

  @Column(name = "owner", length = 8)
  private String owner;

  @Column(name = "due_on")
  private LocalDate dueOn;

  protected ActionItem() {}

  public ActionItem(String what, Owner owner, LocalDate dueOn) {
    this.what = Require.text(what, "INVALID_ACTION", "what", "What the action is", 1000);
    if (owner == null) {
      throw new DomainException("INVALID_ACTION", "owner", "Say who owns the action.");
    }
    this.owner = owner.name();
    this.dueOn = dueOn;
  }

  public String what() {
    return what;
  }

  public Owner owner() {
    return Owner.valueOf(owner);
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  /** Same action: same words, owner and due date (an embeddable value, compared by value). */
  @Override
  public boolean equals(Object o) {
    return o instanceof ActionItem a
        && java.util.Objects.equals(what, a.what)
        && java.util.Objects.equals(owner, a.owner)
        && java.util.Objects.equals(dueOn, a.dueOn);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(what, owner, dueOn);
  }

  /** True if the due date has passed. */
  public boolean overdue(LocalDate today) {
    return dueOn != null && dueOn.isBefore(today);
  }
}
