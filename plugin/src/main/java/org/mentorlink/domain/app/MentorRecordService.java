package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.mentorlink.domain.mentor.Lapse;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.mentor.MentorRecord;
import org.mentorlink.domain.mentor.MentorRepository;
import org.mentorlink.domain.mentor.SupportAttendance;
import org.mentorlink.domain.mentor.SupportKind;
import org.mentorlink.domain.notice.NoticeKind;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.SchemeRepository;
import org.mentorlink.domain.shared.Actor;

/**
 * Mentors' records — training tier and date, indemnity, supervision and support-group attendance —
 * kept by the mentor on their profile and by the lead (and the matching coordinators under "only
 * the lead knows"); and what has lapsed or lapses soon, for the start pages. Other coordinators get
 * numbers only. {@code profileId} null means the actor's own records.
 */
@ApplicationScoped
@Transactional
@AuditDenials
public class MentorRecordService {
  /** How many attendances one page shows. */
  public static final int ATTENDANCE_PAGE = 20;

  @Inject Context ctx;
  @Inject Access access;
  @Inject MentorRepository mentors;
  @Inject SchemeRepository schemes;
  @Inject Notifier notifier;

  /** The records of {@code profileId}'s mentor (null: the actor's own), one page of attendance. */
  public Views.MentorRecordsView records(
      Actor actor, String courseRef, String profileId, int page) {
    Scheme s = ctx.scheme(actor, courseRef);
    int p = Context.page(page);
    return view(s, profile(actor, s, profileId), p);
  }

  /** The mentor or the lead keeps the training tier and date and the indemnity. */
  public Views.MentorRecordsView keep(
      Actor actor, String courseRef, String profileId, MentorRecord record) {
    return keep(actor, courseRef, profileId, () -> record);
  }

  /**
   * As {@link #keep(Actor, String, String, MentorRecord)}, the record made (and checked) only once
   * the actor is known to be allowed: a caller without the right hears 403 or 404, never what was
   * wrong with a record they may not keep.
   */
  public Views.MentorRecordsView keep(
      Actor actor, String courseRef, String profileId, Supplier<MentorRecord> record) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentorProfile p = profile(actor, s, profileId);
    LocalDate today = ctx.calendar(s).today();
    p.keepRecord(s, actor, record.get(), today);
    // A date kept within the notice window is told now, not at the next daily sweep (which
    // finds the same event and adds nothing): the other of the mentor and the lead hears of it.
    for (Lapse l : due(p, today)) {
      notifier.tell(s, actor, NoticeKind.RECORD_LAPSING, key(p, l), p.person(), s.lead());
    }
    return view(s, p, 0);
  }

  /** The mentor or the lead records a supervision, support-group or peer-review meeting. */
  public Views.AttendanceView attend(
      Actor actor,
      String courseRef,
      String profileId,
      LocalDate heldOn,
      SupportKind kind,
      String note) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentorProfile p = profile(actor, s, profileId);
    SupportAttendance a =
        SupportAttendance.record(
            s, actor, p, heldOn, kind, note, ctx.calendar(s).today(), ctx.now());
    mentors.addAttendance(a);
    return view(a);
  }

  /**
   * What of the actor's own training and indemnity has lapsed or lapses soon, for their start page
   * (none if they are not a mentor of the scheme). Only dates leave, so no read is announced.
   */
  public List<Lapse> ownLapses(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    LocalDate today = ctx.calendar(s).today();
    return mentors.forPerson(s.ref(), actor.person()).map(p -> p.lapses(today)).orElse(List.of());
  }

  /** How many of the scheme's mentors have lapsed or lapse soon: numbers, for every coordinator. */
  public Views.LapseCounts lapseCounts(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    LocalDate today = ctx.calendar(s).today();
    long[] n = new long[4];
    for (MentorProfile p : access.mentorsToCount(actor, s)) {
      for (Lapse l : p.lapses(today)) {
        int i = (l.what() == Lapse.What.TRAINING ? 0 : 2) + (l.lapsed() ? 0 : 1);
        n[i]++;
      }
    }
    return new Views.LapseCounts(n[0], n[1], n[2], n[3]);
  }

  /**
   * The daily sweep: a {@link NoticeKind#RECORD_LAPSING} notice to each mentor for each lapse of
   * their training or indemnity that falls from 30 days ago to {@value Lapse#WARN_DAYS} days ahead,
   * and one to the scheme's lead — once per lapse (its profile, what and date are the event), and
   * naming no one. Returns how many lapses were announced.
   */
  public int announceLapses() {
    LocalDate today = ctx.defaultCalendar().today();
    LocalDate from = today.minusDays(30);
    LocalDate to = today.plusDays(Lapse.WARN_DAYS);
    int n = 0;
    for (MentorProfile p : mentors.lapsingBetween(from, to)) {
      Scheme s = schemes.find(p.scheme()).orElse(null);
      if (s == null) {
        continue;
      }
      for (Lapse l : due(p, ctx.calendar(s).today())) {
        notifier.tellDue(s, NoticeKind.RECORD_LAPSING, key(p, l), p.person(), s.lead());
        n++;
      }
    }
    return n;
  }

  /** The lapses of {@code p} to announce: from 30 days ago to {@value Lapse#WARN_DAYS} ahead. */
  private static List<Lapse> due(MentorProfile p, LocalDate today) {
    LocalDate from = today.minusDays(30);
    return p.lapses(today).stream().filter(l -> !l.on().isBefore(from)).toList();
  }

  /** One lapse is one event: its profile, what lapses and the date. */
  private static String key(MentorProfile p, Lapse l) {
    return p.id() + ":" + l.what().name().charAt(0) + ":" + l.on();
  }

  private MentorProfile profile(Actor actor, Scheme s, String profileId) {
    return profileId == null
        ? access.ownMentorRecords(actor, s)
        : access.mentorRecordsForLead(actor, s, profileId);
  }

  private Views.MentorRecordsView view(Scheme s, MentorProfile p, int page) {
    LocalDate today = ctx.calendar(s).today();
    List<Views.AttendanceView> items =
        mentors.attendance(s.ref(), p.id(), page * ATTENDANCE_PAGE, ATTENDANCE_PAGE).stream()
            .map(MentorRecordService::view)
            .toList();
    return new Views.MentorRecordsView(
        p.id(),
        ctx.person(p.person()),
        p.record(),
        p.trainingLapsesOn(),
        p.trainingCurrent(today),
        p.lapses(today),
        new Views.Page<>(items, page, ATTENDANCE_PAGE, mentors.countAttendance(s.ref(), p.id())));
  }

  private static Views.AttendanceView view(SupportAttendance a) {
    return new Views.AttendanceView(a.id(), a.heldOn(), a.kind(), a.note());
  }
}
