package org.mentorlink.domain.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;

/**
 * The marker that a person has answered a round (as mentee or mentor), so that nobody answers
 * twice. Kept apart from the answers: it names no answer and holds nothing of one.
 */
@Entity
@Table(name = "feedback_given")
public class Answered {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "scheme_id", nullable = false, length = 36)
  private String schemeId;

  @Column(name = "round_key", nullable = false, length = 16)
  private String roundKey;

  @Column(name = "respondent_role", nullable = false, length = 8)
  private String role;

  @Column(name = "person_id", nullable = false, length = 36)
  private String personId;

  protected Answered() {}

  static Answered of(SchemeRef scheme, Round round, FeedbackRole role, PersonRef person) {
    Answered a = new Answered();
    a.id = UUID.randomUUID().toString();
    a.tenantId = scheme.tenant().value();
    a.schemeId = scheme.schemeId();
    a.roundKey = round.key();
    a.role = role.name();
    a.personId = person.personId();
    return a;
  }
}
