package org.mentorlink.domain.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.UUID;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.Sealed;
import org.mentorlink.domain.shared.Values;

/**
 * One anonymous set of answers as stored: the scheme, the round and whether a mentee or a mentor
 * answered — and nothing that leads back to the person: no person, no relationship, no time finer
 * than the round, and a random (never sequential) id. Its free text is sealed (encryption at rest).
 */
@Entity
@Table(name = "feedback_answer")
public class AnswerSet {
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

  @Column(name = "expectations")
  private Integer expectations;

  @Column(name = "helpful")
  private Integer helpful;

  @Column(name = "themes", length = 100)
  private String themes;

  @Column(name = "use_again")
  private Boolean useAgain;

  @Column(name = "recommend")
  private Boolean recommend;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "unexpected", length = Answers.MAX_TEXT)
  private String unexpected;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "outcomes", length = Answers.MAX_TEXT)
  private String outcomes;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "comments", length = Answers.MAX_TEXT)
  private String comments;

  @Column(name = "may_quote", nullable = false)
  private boolean mayQuote;

  protected AnswerSet() {}

  static AnswerSet of(SchemeRef scheme, Round round, FeedbackRole role, Answers a) {
    AnswerSet s = new AnswerSet();
    s.id = UUID.randomUUID().toString();
    s.tenantId = scheme.tenant().value();
    s.schemeId = scheme.schemeId();
    s.roundKey = round.key();
    s.role = role.name();
    s.expectations = a.expectations();
    s.helpful = a.helpful();
    s.themes = Values.names(a.themes());
    s.useAgain = a.useAgain();
    s.recommend = a.recommend();
    s.unexpected = a.unexpected();
    s.outcomes = a.outcomes();
    s.comments = a.comments();
    s.mayQuote = a.mayQuote() && a.hasText();
    return s;
  }

  public String roundKey() {
    return roundKey;
  }

  public FeedbackRole role() {
    return FeedbackRole.valueOf(role);
  }

  public Answers answers() {
    return new Answers(
        expectations,
        helpful,
        themes(),
        useAgain,
        recommend,
        unexpected,
        outcomes,
        comments,
        mayQuote);
  }

  private Set<Theme> themes() {
    return Values.enums(Theme.class, themes);
  }
}
