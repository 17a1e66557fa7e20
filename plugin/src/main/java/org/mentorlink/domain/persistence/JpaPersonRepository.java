package org.mentorlink.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.mentorlink.domain.person.Person;
import org.mentorlink.domain.person.PersonRepository;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.TenantId;

/** {@link PersonRepository} on JPA; every query filters on the tenant. */
@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {
  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Override
  public Optional<Person> find(PersonRef ref) {
    return em.createQuery(
            "select p from Person p where p.tenantId = :tenant and p.id = :id", Person.class)
        .setParameter("tenant", ref.tenant().value())
        .setParameter("id", ref.personId())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Person> findBySubject(TenantId tenant, String subject) {
    return em.createQuery(
            "select p from Person p where p.tenantId = :tenant and p.subject = :subject",
            Person.class)
        .setParameter("tenant", tenant.value())
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  @Override
  public java.util.List<Person> inTenant(TenantId tenant) {
    return em.createQuery(
            "select p from Person p where p.tenantId = :tenant order by p.createdAt, p.id",
            Person.class)
        .setParameter("tenant", tenant.value())
        .getResultList();
  }

  @Override
  public java.util.Map<String, Person> findBySubjects(
      TenantId tenant, java.util.Collection<String> subjects) {
    java.util.Map<String, Person> found = new java.util.HashMap<>();
    java.util.List<String> all = java.util.List.copyOf(subjects);
    for (int i = 0; i < all.size(); i += 500) {
      em.createQuery(
              "select p from Person p where p.tenantId = :tenant and p.subject in :subjects",
              Person.class)
          .setParameter("tenant", tenant.value())
          .setParameter("subjects", all.subList(i, Math.min(all.size(), i + 500)))
          .getResultList()
          .forEach(p -> found.put(p.subject(), p));
    }
    return found;
  }

  @Override
  public void add(Person person) {
    em.persist(person);
  }
}
