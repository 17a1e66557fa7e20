package org.mentorlink.domain.scheme;

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
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Calendar;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.domain.shared.Values;

/**
 * A mentoring scheme: the programme run in one platform course. It is set up by an instructor-level
 * person on their first launch into the course, who becomes its <em>lead</em>; the lead may appoint
 * other instructors as <em>coordinators</em>. Until then a course's teachers are nobody in the
 * scheme: being a teacher of the course does not make one its lead. The lead and coordinators
 * change the settings (allowance, CPD rules, signposting) but never see session content. Their
 * powers hold only in a launch with an instructor-level course role ({@link #canCoordinate}): a
 * lead who arrives as a learner acts as a learner.
 */
@Entity
@Table(name = "scheme")
public class Scheme {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "course_ref", nullable = false, length = 255)
  private String courseRef;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Convert(converter = Values.LinesConverter.class)
  @Column(name = "regions", length = 2100)
  private List<String> regions = new ArrayList<>();

  @Column(name = "allowance_sessions", nullable = false)
  private int allowanceSessions;

  @Column(name = "allowance_period_months", nullable = false)
  private int allowancePeriodMonths;

  @Column(name = "allowance_yearly_minimum")
  private Integer allowanceYearlyMinimum;

  @Column(name = "default_session_half_hours", nullable = false)
  private long defaultSessionHalfHours;

  @Column(name = "cpd_year_start_month", nullable = false)
  private int cpdYearStartMonth;

  @Column(name = "cpd_year_start_day", nullable = false)
  private int cpdYearStartDay;

  @Column(name = "cpd_approval", nullable = false, length = 16)
  private String cpdApproval;

  @Column(name = "feedback_min_group", nullable = false)
  private int feedbackMinGroup;

  @Column(name = "confidentiality_text", nullable = false, length = 4000)
  private String confidentialityText;

  @Column(name = "cpd_impact_multiplier", nullable = false)
  private boolean cpdImpactMultiplier;

  @Column(name = "cpd_yearly_target", nullable = false)
  private int cpdYearlyTarget = CpdSettings.DEFAULT_YEARLY_TARGET;

  @Column(name = "ags_passback", nullable = false)
  private boolean agsPassback;

  @Column(name = "time_zone", length = 64)
  private String timeZone;

  @Column(name = "lead_person_id", nullable = false, length = 36)
  private String leadPersonId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "scheme_coordinator", joinColumns = @JoinColumn(name = "scheme_id"))
  @Column(name = "person_id", length = 36)
  private Set<String> coordinatorIds = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "scheme_matching_coordinator",
      joinColumns = @JoinColumn(name = "scheme_id"))
  @Column(name = "person_id", length = 36)
  private Set<String> matchingCoordinatorIds = new LinkedHashSet<>();

  /** "Only the lead knows" — on for every new scheme (schemes older than the setting: off). */
  @Column(name = "only_lead_knows", nullable = false)
  private boolean onlyLeadKnows = true;

  /** The lead's own privacy notice; null: the default, written from the settings. */
  @Column(name = "privacy_notice", length = PrivacySettings.NOTICE_MAX)
  private String privacyNotice;

  @Column(name = "retention_years", nullable = false)
  private int retentionYears = PrivacySettings.DEFAULT_RETENTION_YEARS;

  /** After a mentee changed mentor, the former mentor still reads what they wrote, read-only. */
  @Column(name = "former_mentor_keeps_own_notes", nullable = false)
  private boolean formerMentorKeepsOwnNotes;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "scheme_signpost", joinColumns = @JoinColumn(name = "scheme_id"))
  @OrderColumn(name = "position")
  private List<Signpost> signposts = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Scheme() {}

  private Scheme(TenantId tenant, String courseRef, PersonRef lead, SchemeSettings s, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.tenantId = tenant.value();
    this.courseRef = Objects.requireNonNull(courseRef, "courseRef");
    this.leadPersonId = lead.personId();
    this.createdAt = Objects.requireNonNull(at, "at");
    apply(s);
  }

  /** Sets up the scheme of a course. Only an instructor-level person may; they become its lead. */
  public static Scheme setUp(Actor by, String courseRef, SchemeSettings settings, Instant at) {
    if (!by.has(LaunchRole.INSTRUCTOR)) {
      throw new Forbidden("Only a teacher or administrator of the course can set up its scheme.");
    }
    if (courseRef == null || courseRef.isBlank()) {
      throw new DomainException(
          "NO_COURSE", "A scheme belongs to a course: launch Mentorlink from a course.");
    }
    return new Scheme(by.tenant(), courseRef, by.person(), settings, at);
  }

  /** The lead or a coordinator changes the settings. */
  public void changeSettings(Actor by, SchemeSettings settings) {
    requireCoordinator(by);
    apply(settings);
  }

  /**
   * The lead or a coordinator changes the CPD settings: the legacy impact multiplier, the yearly
   * target, and passback to the platform's gradebook (off by default: a gradebook shows every
   * learner to the course's teachers).
   */
  public void changeCpdSettings(Actor by, CpdSettings settings) {
    changeCpdSettings(by, settings, false);
  }

  /**
   * As {@link #changeCpdSettings(Actor, CpdSettings)}; switching gradebook passback on while "only
   * the lead knows" is set needs {@code revealConfirmed}: the gradebook's column shows every
   * teacher of the course who is mentored ({@code PASSBACK_REVEALS_MENTEES} until confirmed).
   */
  public void changeCpdSettings(Actor by, CpdSettings settings, boolean revealConfirmed) {
    requireCoordinator(by);
    if (settings.gradebookPassback() && !agsPassback && onlyLeadKnows && !revealConfirmed) {
      throw new DomainException(
          "PASSBACK_REVEALS_MENTEES",
          "gradebookPassback",
          "Only the lead knows who is mentored in this scheme, but every teacher of the course"
              + " sees the gradebook's CPD column, and so who is mentored. Confirm that you want"
              + " this before switching passback on.");
    }
    cpdImpactMultiplier = settings.impactMultiplier();
    cpdYearlyTarget = settings.yearlyTarget();
    agsPassback = settings.gradebookPassback();
  }

  public CpdSettings cpdSettings() {
    return new CpdSettings(cpdImpactMultiplier, cpdYearlyTarget, agsPassback);
  }

  /**
   * The lead appoints an instructor of the course as coordinator: a member of this scheme's course
   * whose last launch into it was instructor-level.
   */
  public void appointCoordinator(Actor by, CourseMember member) {
    requireLead(by);
    PersonRef person = member.person();
    requireSameTenant(person);
    if (!member.courseRef().equals(courseRef)) {
      throw new Forbidden("That person is a member of another course.");
    }
    if (!member.isInstructor()) {
      throw new DomainException(
          "NOT_AN_INSTRUCTOR",
          "Only a teacher or administrator of the course can be a coordinator.");
    }
    if (person.personId().equals(leadPersonId)) {
      throw new DomainException("ALREADY_LEAD", "The lead already coordinates the scheme.");
    }
    coordinatorIds.add(person.personId());
  }

  /** The lead removes a coordinator (who is then no matching coordinator either). */
  public void removeCoordinator(Actor by, PersonRef person) {
    requireLead(by);
    requireSameTenant(person);
    coordinatorIds.remove(person.personId());
    matchingCoordinatorIds.remove(person.personId());
  }

  /**
   * The lead names one of the coordinators a <em>matching coordinator</em> ({@code matching}), or
   * takes that back: under "only the lead knows", only the lead and matching coordinators see
   * requests, matches and relationships, and decide CPD approvals.
   */
  public void nameMatchingCoordinator(Actor by, PersonRef person, boolean matching) {
    requireLead(by);
    requireSameTenant(person);
    if (!matching) {
      matchingCoordinatorIds.remove(person.personId());
      return;
    }
    if (!coordinatorIds.contains(person.personId())) {
      throw new DomainException(
          "NOT_A_COORDINATOR", "Only a coordinator of the scheme can be a matching coordinator.");
    }
    matchingCoordinatorIds.add(person.personId());
  }

  /**
   * The lead changes "only the lead knows", the privacy notice, the retention period and what a
   * former mentor keeps.
   */
  public void changePrivacy(Actor by, PrivacySettings settings) {
    requireLead(by);
    Objects.requireNonNull(settings, "settings");
    onlyLeadKnows = settings.onlyLeadKnows();
    privacyNotice = settings.notice();
    retentionYears = settings.retentionYears();
    formerMentorKeepsOwnNotes = settings.formerMentorKeepsOwnNotes();
  }

  public PrivacySettings privacy() {
    return new PrivacySettings(
        onlyLeadKnows, privacyNotice, retentionYears, formerMentorKeepsOwnNotes);
  }

  /** True if "only the lead knows": requests, matches and relationships are for the matchers. */
  public boolean onlyLeadKnows() {
    return onlyLeadKnows;
  }

  /**
   * True if {@code by} may see who asks for and who has mentoring, and decide CPD approvals, now:
   * the lead, or — under "only the lead knows" — a matching coordinator, otherwise any coordinator;
   * always in an instructor-level launch. Other coordinators work on numbers.
   */
  public boolean canMatch(Actor by) {
    return canLead(by)
        || (canCoordinate(by)
            && (!onlyLeadKnows || matchingCoordinatorIds.contains(by.person().personId())));
  }

  /** Fails unless {@code by} {@link #canMatch may see names} in this scheme now. */
  public void requireMatching(Actor by) {
    requireCoordinator(by);
    if (!canMatch(by)) {
      throw new Forbidden(
          "Only the lead knows who is mentored in this scheme: only the lead and the coordinators"
              + " the lead names for matching see requests, matches and relationships. You see"
              + " the numbers.");
    }
  }

  /** True if the person is one of the coordinators the lead named for matching. */
  public boolean isMatchingCoordinator(PersonRef person) {
    return person.sameTenantAs(new TenantId(tenantId))
        && matchingCoordinatorIds.contains(person.personId());
  }

  private void apply(SchemeSettings s) {
    Objects.requireNonNull(s, "settings");
    this.name = s.name();
    this.regions = new ArrayList<>(s.regions());
    this.allowanceSessions = s.allowance().sessions();
    this.allowancePeriodMonths = s.allowance().periodMonths();
    this.allowanceYearlyMinimum = s.allowance().yearlyMinimum();
    this.defaultSessionHalfHours = s.defaultSessionLength().halfHours();
    this.cpdYearStartMonth = s.cpdYearStart().getMonthValue();
    this.cpdYearStartDay = s.cpdYearStart().getDayOfMonth();
    this.cpdApproval = s.cpdApproval().name();
    this.feedbackMinGroup = s.feedbackMinimumGroup();
    this.confidentialityText = s.confidentialityText();
    this.signposts = new ArrayList<>(s.signposts());
    this.timeZone = s.timeZone() == null ? null : s.timeZone().getId();
  }

  /**
   * True if {@code by} may act as the lead or a coordinator now: they hold that role in this scheme
   * and their current launch carries an instructor-level course role. A lead who relaunches as a
   * learner has a learner's powers only.
   */
  public boolean canCoordinate(Actor by) {
    return by.has(LaunchRole.INSTRUCTOR) && isCoordinator(by.person());
  }

  /** True if {@code by} may act as the lead now (the lead, in an instructor-level launch). */
  public boolean canLead(Actor by) {
    return by.has(LaunchRole.INSTRUCTOR) && isLead(by.person());
  }

  /** Fails unless {@code by} may act as the lead or a coordinator of this scheme now. */
  public void requireCoordinator(Actor by) {
    if (!canCoordinate(by)) {
      throw new Forbidden(
          isCoordinator(by.person())
              ? "Open Mentorlink as a teacher of the course to coordinate the scheme."
              : "Only the scheme's lead and coordinators can do this.");
    }
  }

  /** Fails unless {@code by} may act as the lead now. */
  public void requireLead(Actor by) {
    if (!canLead(by)) {
      throw new Forbidden(
          isLead(by.person())
              ? "Open Mentorlink as a teacher of the course to lead the scheme."
              : "Only the scheme's lead can do this.");
    }
  }

  private void requireSameTenant(PersonRef person) {
    if (!person.sameTenantAs(new TenantId(tenantId))) {
      throw new Forbidden("That person belongs to another platform.");
    }
  }

  /**
   * True if the person holds the lead's role, whatever their current launch says (for showing
   * standing; decisions use {@link #canLead}).
   */
  public boolean isLead(PersonRef person) {
    return person.sameTenantAs(new TenantId(tenantId)) && person.personId().equals(leadPersonId);
  }

  /**
   * True if the person holds the lead's or a coordinator's role, whatever their current launch says
   * (for showing standing; decisions use {@link #canCoordinate}). The lead coordinates too.
   */
  public boolean isCoordinator(PersonRef person) {
    return isLead(person)
        || (person.sameTenantAs(new TenantId(tenantId))
            && coordinatorIds.contains(person.personId()));
  }

  public SchemeRef ref() {
    return new SchemeRef(new TenantId(tenantId), id);
  }

  public String id() {
    return id;
  }

  public TenantId tenant() {
    return new TenantId(tenantId);
  }

  public String courseRef() {
    return courseRef;
  }

  public String name() {
    return name;
  }

  public PersonRef lead() {
    return new PersonRef(new TenantId(tenantId), leadPersonId);
  }

  public Set<PersonRef> coordinators() {
    Set<PersonRef> out = new LinkedHashSet<>();
    coordinatorIds.forEach(c -> out.add(new PersonRef(new TenantId(tenantId), c)));
    return out;
  }

  /**
   * Who may see who is mentored and decide CPD approvals, whatever their current launch says: the
   * lead and — under "only the lead knows" — the matching coordinators, otherwise every coordinator
   * ({@link #canMatch} in a launch). For telling them something waits; decisions use {@link
   * #canMatch}.
   */
  public Set<PersonRef> matchers() {
    Set<PersonRef> out = new LinkedHashSet<>();
    out.add(lead());
    for (PersonRef c : coordinators()) {
      if (!onlyLeadKnows || matchingCoordinatorIds.contains(c.personId())) {
        out.add(c);
      }
    }
    return out;
  }

  public SchemeSettings settings() {
    return new SchemeSettings(
        name,
        List.copyOf(regions),
        allowance(),
        CpdHours.ofHalfHours(defaultSessionHalfHours),
        MonthDay.of(cpdYearStartMonth, cpdYearStartDay),
        CpdApproval.valueOf(cpdApproval),
        feedbackMinGroup,
        confidentialityText,
        List.copyOf(signposts),
        timeZone().orElse(null));
  }

  /** The scheme's own time zone, if it set one. */
  public Optional<ZoneId> timeZone() {
    return Optional.ofNullable(timeZone).map(ZoneId::of);
  }

  /**
   * The calendar of this scheme: its own zone if it set one, else the tool's default ({@code
   * toolDefault}). Its dates, allowances and CPD years are counted in it.
   */
  public Calendar calendar(Calendar toolDefault) {
    return timeZone().map(toolDefault::in).orElse(toolDefault);
  }

  public SessionAllowance allowance() {
    return new SessionAllowance(allowanceSessions, allowancePeriodMonths, allowanceYearlyMinimum);
  }

  public List<Signpost> signposts() {
    return List.copyOf(signposts);
  }

  /** The signpost named {@code name}. */
  public Signpost signpost(String name) {
    return signposts.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new DomainException("UNKNOWN_SIGNPOST", "The scheme has no such service."));
  }
}
