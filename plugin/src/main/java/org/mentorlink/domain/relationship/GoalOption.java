package org.mentorlink.domain.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.Sealed;
import org.mentorlink.domain.shared.Values;

/** One option the mentee sees, judged by the mentee's own criteria. */
@Embeddable
public class GoalOption {
  @Convert(converter = Sealed.Text.class)
  @Column(name = "option_text", length = 1000)
  private String option;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "criteria", length = 1000)
  private String criteria;

  protected GoalOption() {}

  public GoalOption(String option, String criteria) {
    this.option = Require.text(option, "INVALID_OPTION", "option", "The option", 1000);
    this.criteria = Values.optionalText(criteria, 1000, "criteria", "The criteria");
  }

  public String option() {
    return option;
  }

  public String criteria() {
    return criteria;
  }
}
