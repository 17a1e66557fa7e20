package org.mentorlink.domain.mentor;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.Sealed;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.domain.shared.Values;

/**
 * A mentor in one scheme. Designated by a coordinator (from the people who launched into the
 * course, or by an invitation the mentor opens through their own launch), or automatically when the
 * platform sends the Mentor role. The mentor keeps their own profile, and may pause taking new
 * mentees; a paused or full mentor is never matched.
 */
@Entity
@Table(name = "mentor_profile")
public class MentorProfile {
  /** Training older than this is no longer "current" for matching. */
  public static final int TRAINING_VALID_YEARS = 3;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "scheme_id", nullable = false, length = 36)
  private String schemeId;

  @Column(name = "person_id", nullable = false, length = 36)
  private String personId;

  @Convert(converter = Values.LinesConverter.class)
  @Column(name = "areas", length = 2100)
  private List<String> areas = new ArrayList<>();

  @Convert(converter = Values.LinesConverter.class)
  @Column(name = "specialties", length = 2100)
  private List<String> specialties = new ArrayList<>();

  @Column(name = "modes", length = 100)
  private String modes;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  @Column(name = "training_status", nullable = false, length = 16)
  private String trainingStatus;

  @Column(name = "trained_on")
  private LocalDate trainedOn;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "availability", length = 1000)
  private String availability;

  @Column(name = "practice", length = 200)
  private String practice;

  @Convert(converter = Sealed.Lines.class)
  @Column(name = "must_not_mentor", length = 10500)
  private List<String> mustNotMentor = new ArrayList<>();

  @Column(name = "training_tier", length = 16)
  private String trainingTier;

  @Column(name = "indemnity_provider", length = 200)
  private String indemnityProvider;

  @Column(name = "indemnity_expires")
  private LocalDate indemnityExpires;

  @Column(name = "indemnity_covers", nullable = false)
  private boolean indemnityCovers;

  @Column(name = "paused", nullable = false)
  private boolean paused;

  @Column(name = "designated_at", nullable = false)
  private Instant designatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected MentorProfile() {}

  private MentorProfile(SchemeRef scheme, PersonRef person, Instant at) {
    if (!scheme.admits(person)) {
      throw new Forbidden("A mentor must belong to the scheme's platform.");
    }
    this.id = UUID.randomUUID().toString();
    this.tenantId = scheme.tenant().value();
    this.schemeId = scheme.schemeId();
    this.personId = person.personId();
    this.designatedAt = Objects.requireNonNull(at);
    apply(MentorDetails.initial());
  }

  /** A coordinator makes {@code person} a mentor of the scheme. */
  public static MentorProfile designate(Scheme scheme, Actor by, PersonRef person, Instant at) {
    scheme.requireCoordinator(by);
    return new MentorProfile(scheme.ref(), person, at);
  }

  /**
   * The person becomes a mentor without a coordinator's act: they opened a coordinator's
   * invitation, or their platform launched them with the Mentor role.
   */
  public static MentorProfile selfDesignated(Scheme scheme, PersonRef person, Instant at) {
    return new MentorProfile(scheme.ref(), person, at);
  }

  /** The mentor updates their profile. */
  public void update(Actor by, MentorDetails details) {
    requireSelf(by);
    apply(details);
  }

  /** Stop being offered new mentees (existing relationships go on). */
  public void pause(Actor by) {
    requireSelf(by);
    paused = true;
  }

  public void resume(Actor by) {
    requireSelf(by);
    paused = false;
  }

  /**
   * The mentor or the lead keeps the mentor's record: training tier and date, indemnity. A tier
   * with its date makes the mentor trained on that date; no tier leaves the training as it was.
   */
  public void keepRecord(Scheme scheme, Actor by, MentorRecord record, LocalDate today) {
    requireRecordKeeper(scheme, by);
    Objects.requireNonNull(record, "record");
    record.requireSensibleDates(today);
    if (record.tier() != null) {
      this.trainingTier = record.tier().name();
      this.trainingStatus = TrainingStatus.TRAINED.name();
      this.trainedOn = record.trainedOn();
    }
    this.indemnityProvider = record.indemnityProvider();
    this.indemnityExpires = record.indemnityExpires();
    this.indemnityCovers = record.coversMentoring();
  }

  /**
   * Fails (403) unless {@code by} may keep this mentor's records: the mentor, or whoever may see
   * who is mentored in the scheme ({@link Scheme#canMatch}: the lead and the coordinators the lead
   * names for matching under "only the lead knows").
   */
  void requireRecordKeeper(Scheme scheme, Actor by) {
    if (!scheme.ref().equals(scheme()) || !(isMentor(by.person()) || scheme.canMatch(by))) {
      throw new Forbidden("Only the mentor and the scheme's lead keep a mentor's records.");
    }
  }

  /** The mentor's record: training tier and date, indemnity. */
  public MentorRecord record() {
    TrainingTier tier = trainingTier == null ? null : TrainingTier.valueOf(trainingTier);
    return new MentorRecord(
        tier,
        tier == null ? null : trainedOn,
        indemnityProvider,
        indemnityExpires,
        indemnityCovers);
  }

  /** The first day the mentor's training is no longer current; null if they are not trained. */
  public LocalDate trainingLapsesOn() {
    return TrainingStatus.valueOf(trainingStatus) == TrainingStatus.TRAINED && trainedOn != null
        ? trainedOn.plusYears(TRAINING_VALID_YEARS).plusDays(1)
        : null;
  }

  /**
   * What has lapsed, or lapses within {@value Lapse#WARN_DAYS} days of {@code today}: the training
   * of a trained mentor, the indemnity recorded.
   */
  public List<Lapse> lapses(LocalDate today) {
    List<Lapse> out = new ArrayList<>();
    Lapse t = Lapse.of(Lapse.What.TRAINING, trainingLapsesOn(), today);
    if (t != null) {
      out.add(t);
    }
    Lapse i = Lapse.of(Lapse.What.INDEMNITY, indemnityExpires, today);
    if (i != null) {
      out.add(i);
    }
    return out;
  }

  private void requireSelf(Actor by) {
    if (!isMentor(by.person())) {
      throw new Forbidden("Only the mentor can change this profile.");
    }
  }

  private void apply(MentorDetails d) {
    this.areas = new ArrayList<>(d.areas());
    this.specialties = new ArrayList<>(d.specialties());
    this.modes = Values.names(d.modes());
    this.capacity = d.capacity();
    this.trainingStatus = d.trainingStatus().name();
    this.trainedOn = d.trainedOn();
    this.availability = d.availability();
    this.practice = d.practice();
    this.mustNotMentor = new ArrayList<>(d.mustNotMentor());
  }

  /** Trained, with training no older than {@value #TRAINING_VALID_YEARS} years. */
  public boolean trainingCurrent(LocalDate today) {
    return TrainingStatus.valueOf(trainingStatus) == TrainingStatus.TRAINED
        && trainedOn != null
        && !trainedOn.plusYears(TRAINING_VALID_YEARS).isBefore(today);
  }

  public boolean isMentor(PersonRef person) {
    return person.sameTenantAs(new TenantId(tenantId)) && person.personId().equals(personId);
  }

  public String id() {
    return id;
  }

  public SchemeRef scheme() {
    return new SchemeRef(new TenantId(tenantId), schemeId);
  }

  public PersonRef person() {
    return new PersonRef(new TenantId(tenantId), personId);
  }

  public MentorDetails details() {
    return new MentorDetails(
        List.copyOf(areas),
        List.copyOf(specialties),
        Values.enums(MeetingMode.class, modes),
        capacity,
        TrainingStatus.valueOf(trainingStatus),
        trainedOn,
        availability,
        practice,
        List.copyOf(mustNotMentor));
  }

  public int capacity() {
    return capacity;
  }

  public boolean paused() {
    return paused;
  }
}
