package org.mentorlink.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mentorlink.domain.feedback.AnswerSet;
import org.mentorlink.domain.feedback.Answers;
import org.mentorlink.domain.feedback.FeedbackRepository;
import org.mentorlink.domain.feedback.FeedbackRole;
import org.mentorlink.domain.feedback.Questionnaire;
import org.mentorlink.domain.feedback.Release;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;

/**
 * {@link FeedbackRepository} on JPA. Answers are read per round and role only, ordered by their
 * random id (never by when they came); no query touches answers and markers together.
 */
@ApplicationScoped
public class JpaFeedback implements FeedbackRepository {
  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Override
  public boolean hasAnswered(
      SchemeRef scheme, String roundKey, FeedbackRole role, PersonRef person) {
    return em.createQuery(
                "select count(x) from Answered x where x.tenantId = :t and x.schemeId = :s"
                    + " and x.roundKey = :r and x.role = :role and x.personId = :p",
                Long.class)
            .setParameter("t", scheme.tenant().value())
            .setParameter("s", scheme.schemeId())
            .setParameter("r", roundKey)
            .setParameter("role", role.name())
            .setParameter("p", person.personId())
            .getSingleResult()
        > 0;
  }

  @Override
  public void add(Questionnaire.Submission submission) {
    em.persist(submission.marker());
    em.persist(submission.answers());
  }

  @Override
  public List<Answers> answers(SchemeRef scheme, String roundKey, FeedbackRole role) {
    return JpaMentoringRepositories.schemeQuery(
            em, AnswerSet.class, scheme, "x.roundKey = :r and x.role = :role", "x.id")
        .setParameter("r", roundKey)
        .setParameter("role", role.name())
        .getResultList()
        .stream()
        .map(AnswerSet::answers)
        .toList();
  }

  @Override
  public Set<String> roundsWithAnswers(SchemeRef scheme) {
    return new TreeSet<>(
        em.createQuery(
                "select distinct x.roundKey from AnswerSet x where x.tenantId = :t"
                    + " and x.schemeId = :s",
                String.class)
            .setParameter("t", scheme.tenant().value())
            .setParameter("s", scheme.schemeId())
            .getResultList());
  }

  @Override
  public boolean released(SchemeRef scheme, String roundKey) {
    return em.createQuery(
                "select count(x) from Release x where x.tenantId = :t and x.schemeId = :s"
                    + " and x.roundKey = :r",
                Long.class)
            .setParameter("t", scheme.tenant().value())
            .setParameter("s", scheme.schemeId())
            .setParameter("r", roundKey)
            .getSingleResult()
        > 0;
  }

  @Override
  public void add(Release release) {
    em.persist(release);
  }
}
