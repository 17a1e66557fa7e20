package org.mentorlink.domain.mentor;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Values;

/**
 * What a mentor says about themself: areas they can travel to, specialties, how they meet, how many
 * mentees at once, training, availability, their practice, and people or practices they must not be
 * matched with.
 */
public record MentorDetails(
    List<String> areas,
    List<String> specialties,
    Set<MeetingMode> modes,
    int capacity,
    TrainingStatus trainingStatus,
    LocalDate trainedOn,
    String availability,
    String practice,
    List<String> mustNotMentor) {
  public MentorDetails {
    areas = Values.tidyLines(areas, 100, 20, "areas", "Areas");
    specialties = Values.tidyLines(specialties, 100, 20, "specialties", "Specialties");
    modes = modes == null ? Set.of() : Set.copyOf(modes);
    if (capacity < 0 || capacity > 20) {
      throw new DomainException("INVALID_CAPACITY", "Capacity must be 0 to 20 mentees.");
    }
    if (trainingStatus == null) {
      trainingStatus = TrainingStatus.NOT_TRAINED;
    }
    if (trainingStatus == TrainingStatus.TRAINED && trainedOn == null) {
      throw new DomainException("TRAINING_DATE_REQUIRED", "Give the date of mentor training.");
    }
    availability = Values.optionalText(availability, 1000, "availability", "Availability");
    practice = Values.optionalText(practice, 200, "practice", "Practice");
    mustNotMentor =
        Values.tidyLines(mustNotMentor, 200, 50, "mustNotMentor", "People or practices to avoid");
  }

  /** A new mentor's starting details: two mentees, untrained, every mode. */
  public static MentorDetails initial() {
    return new MentorDetails(
        List.of(),
        List.of(),
        Set.of(MeetingMode.values()),
        2,
        TrainingStatus.NOT_TRAINED,
        null,
        null,
        null,
        List.of());
  }
}
