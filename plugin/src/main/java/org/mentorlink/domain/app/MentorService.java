package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.mentorlink.domain.mentor.MentorDetails;
import org.mentorlink.domain.mentor.MentorInvitation;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.mentor.MentorRepository;
import org.mentorlink.domain.relationship.RelationshipRepository;
import org.mentorlink.domain.scheme.CourseMember;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.SchemeRepository;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.StateConflict;

/** Designating mentors (from the roster or by invitation) and mentors' own profiles. */
@ApplicationScoped
@Transactional
@AuditDenials
public class MentorService {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Context ctx;
  @Inject Access access;
  @Inject SchemeRepository schemes;
  @Inject MentorRepository mentors;
  @Inject RelationshipRepository relationships;

  /** A coordinator makes a course member a mentor. */
  public Views.MentorView designate(Actor actor, String courseRef, String personId) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.requireCoordinator(actor, s);
    CourseMember m =
        schemes
            .member(actor.tenant(), courseRef, personId)
            .orElseThrow(() -> new NotFound("That member of the course"));
    if (mentors.forPerson(s.ref(), m.person()).isPresent()) {
      throw new StateConflict("ALREADY_MENTOR", "That person is already a mentor of the scheme.");
    }
    MentorProfile p = MentorProfile.designate(s, actor, m.person(), ctx.now());
    mentors.add(p);
    return view(s, p);
  }

  /** A coordinator creates an invitation; returns the code (shown once, stored hashed). */
  public String invite(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.requireCoordinator(actor, s);
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    mentors.addInvitation(MentorInvitation.issue(s, actor, sha256(code), ctx.now()));
    return code;
  }

  /**
   * What an invitation is for, before it is accepted: the scheme's name and the expiry. Unknown,
   * spent or expired invitations, and those of another platform, are "not found".
   */
  public Views.InvitationView invitation(Actor actor, String code) {
    MentorInvitation inv =
        code == null || code.length() > 100 ? null : mentors.invitation(sha256(code)).orElse(null);
    if (inv == null || !inv.tenantId().equals(actor.tenant().value()) || !inv.usableAt(ctx.now())) {
      throw new NotFound("That invitation");
    }
    Scheme s =
        schemes
            .find(new SchemeRef(actor.tenant(), inv.schemeId()))
            .orElseThrow(() -> new NotFound("That invitation"));
    return new Views.InvitationView(s.name(), inv.expiresAt());
  }

  /** The invited person, launched from their own course in the same platform, accepts. */
  public Views.MentorView acceptInvitation(Actor actor, String code) {
    MentorInvitation inv =
        code == null || code.length() > 100 ? null : mentors.invitation(sha256(code)).orElse(null);
    if (inv == null || !inv.tenantId().equals(actor.tenant().value())) {
      throw new NotFound("That invitation");
    }
    inv.accept(actor.person(), ctx.now());
    SchemeRef ref = new SchemeRef(actor.tenant(), inv.schemeId());
    Scheme s = schemes.find(ref).orElseThrow(() -> new NotFound("That scheme"));
    MentorProfile p =
        mentors
            .forPerson(ref, actor.person())
            .orElseGet(
                () -> {
                  MentorProfile n = MentorProfile.selfDesignated(s, actor.person(), ctx.now());
                  mentors.add(n);
                  return n;
                });
    return view(s, p);
  }

  /** The actor's own mentor profile in the course's scheme. */
  public Views.MentorView mine(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    return view(s, access.ownMentorProfile(actor, s));
  }

  public Views.MentorView update(Actor actor, String courseRef, MentorDetails details) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentorProfile p = access.ownMentorProfile(actor, s);
    p.update(actor, details);
    return view(s, p);
  }

  /** The mentor pauses ({@code paused}) or resumes taking new mentees. */
  public Views.MentorView setPaused(Actor actor, String courseRef, boolean paused) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentorProfile p = access.ownMentorProfile(actor, s);
    if (paused) {
      p.pause(actor);
    } else {
      p.resume(actor);
    }
    return view(s, p);
  }

  /** The scheme's mentors with their load, for coordinators. */
  public List<Views.MentorView> all(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.coordinatorReads(actor, s, ConfidentialRead.Kind.MENTORS);
    return mentors.all(s.ref()).stream().map(p -> view(s, p)).toList();
  }

  Views.MentorView view(Scheme s, MentorProfile p) {
    return new Views.MentorView(
        p.id(),
        ctx.person(p.person()),
        p.details(),
        p.paused(),
        relationships.activeForMentor(s.ref(), p.person()),
        p.trainingCurrent(ctx.calendar(s).today()));
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
