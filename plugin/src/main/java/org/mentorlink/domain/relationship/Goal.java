package org.mentorlink.domain.relationship;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.Sealed;
import org.mentorlink.domain.shared.Values;

/**
 * A mentee's goal across sessions, in the reflective model the mentor follows: the goal, the
 * current reality, the options with the mentee's own criteria, and the chosen action with its date.
 * The mentee owns it; the mentor reads it. Due and overdue follow the action's date.
 */
@Entity
@Table(name = "goal")
public class Goal {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "relationship_id", nullable = false, length = 36)
  private String relationshipId;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "goal", nullable = false, length = 1000)
  private String goal;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "reality", length = 4000)
  private String reality;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "goal_option", joinColumns = @JoinColumn(name = "goal_id"))
  @OrderColumn(name = "position")
  private List<GoalOption> options = new ArrayList<>();

  @Convert(converter = Sealed.Text.class)
  @Column(name = "chosen_action", length = 1000)
  private String chosenAction;

  @Column(name = "action_due_on")
  private LocalDate actionDueOn;

  @Column(name = "state", nullable = false, length = 16)
  private String state;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Goal() {}

  /** The mentee sets a goal in an active relationship. */
  public static Goal set(Relationship r, Actor by, String goal, Instant at) {
    r.requireActive();
    if (!r.isMentee(by.person())) {
      throw new Forbidden("Goals are the mentee's to set.");
    }
    Goal g = new Goal();
    g.id = UUID.randomUUID().toString();
    g.tenantId = r.mentee().tenant().value();
    g.relationshipId = r.id();
    g.goal = Require.text(goal, "GOAL_REQUIRED", "The goal", 1000);
    g.state = GoalState.OPEN.name();
    g.createdAt = Objects.requireNonNull(at);
    return g;
  }

  /** The mentee works the goal through: reality, options with criteria, the chosen action. */
  public void develop(
      Relationship r,
      Actor by,
      String goalText,
      String reality,
      List<GoalOption> options,
      String chosenAction,
      LocalDate actionDueOn) {
    requireMentee(r, by);
    requireOpen();
    this.goal = Require.text(goalText, "GOAL_REQUIRED", "The goal", 1000);
    this.reality = Values.optionalText(reality, 4000, "reality", "The current reality");
    List<GoalOption> opts = options == null ? List.of() : List.copyOf(options);
    if (opts.size() > 10) {
      throw new DomainException("TOO_MANY_ITEMS", "options", "At most 10 options.");
    }
    this.options = new ArrayList<>(opts);
    this.chosenAction =
        Values.optionalText(chosenAction, 1000, "chosenAction", "The chosen action");
    if (this.chosenAction == null && actionDueOn != null) {
      throw new DomainException(
          "ACTION_REQUIRED", "chosenAction", "Say what the action is before giving its date.");
    }
    this.actionDueOn = actionDueOn;
  }

  public void achieve(Relationship r, Actor by) {
    requireMentee(r, by);
    requireOpen();
    state = GoalState.ACHIEVED.name();
  }

  public void drop(Relationship r, Actor by) {
    requireMentee(r, by);
    requireOpen();
    state = GoalState.DROPPED.name();
  }

  private void requireMentee(Relationship r, Actor by) {
    if (!r.id().equals(relationshipId)) {
      throw new Forbidden("That goal belongs to another relationship.");
    }
    if (!r.isMentee(by.person())) {
      throw new Forbidden("Goals are the mentee's to change.");
    }
    r.requireActive();
  }

  private void requireOpen() {
    if (state() != GoalState.OPEN) {
      throw new InvalidTransition("GOAL_CLOSED", "This goal is closed.");
    }
  }

  /** Open with an action date within {@code days} from today (and not past). */
  public boolean dueWithin(LocalDate today, int days) {
    return state() == GoalState.OPEN
        && actionDueOn != null
        && !actionDueOn.isBefore(today)
        && !actionDueOn.isAfter(today.plusDays(days));
  }

  /** Open with an action date in the past. */
  public boolean overdue(LocalDate today) {
    return state() == GoalState.OPEN && actionDueOn != null && actionDueOn.isBefore(today);
  }

  public String id() {
    return id;
  }

  public String relationshipId() {
    return relationshipId;
  }

  public String goal() {
    return goal;
  }

  public String reality() {
    return reality;
  }

  public List<GoalOption> options() {
    return List.copyOf(options);
  }

  public String chosenAction() {
    return chosenAction;
  }

  public LocalDate actionDueOn() {
    return actionDueOn;
  }

  public GoalState state() {
    return GoalState.valueOf(state);
  }
}
