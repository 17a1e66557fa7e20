package org.mentorlink.domain.claim;

import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.Values;

/**
 * The travel part of a claim: none; miles (paid at the scheme's rate); or an amount, with a note
 * saying what it was for. At most £1,000.
 */
public record Travel(TravelKind kind, Miles miles, Money amount, String note) {
  public static final Money MAX_AMOUNT = Money.ofPence(100_000);

  public static final Travel NONE = new Travel(TravelKind.NONE, null, null, null);

  public Travel {
    if (kind == null) {
      throw new DomainException("INVALID_TRAVEL", "travel", "Say whether you claim travel.");
    }
    switch (kind) {
      case NONE -> {
        miles = null;
        amount = null;
        note = Values.optionalText(note, 500, "note", "The travel note");
      }
      case MILEAGE -> {
        if (miles == null) {
          throw new DomainException("INVALID_MILES", "miles", "Enter the miles travelled.");
        }
        amount = null;
        note = Values.optionalText(note, 500, "note", "The travel note");
      }
      case AMOUNT -> {
        if (amount == null || amount.isZero()) {
          throw new DomainException(
              "INVALID_AMOUNT", "amount", "Enter the travel amount, more than £0.");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
          throw new DomainException(
              "INVALID_AMOUNT", "amount", "A travel amount is at most £1,000.");
        }
        miles = null;
        note = Require.text(note, "TRAVEL_NOTE_REQUIRED", "note", "What the amount was for", 500);
      }
    }
  }

  public static Travel mileage(Miles miles, String note) {
    return new Travel(TravelKind.MILEAGE, miles, null, note);
  }

  public static Travel amount(Money amount, String note) {
    return new Travel(TravelKind.AMOUNT, null, amount, note);
  }

  /** What the travel costs at {@code ratePerMile}. */
  public Money cost(Money ratePerMile) {
    return switch (kind) {
      case NONE -> Money.ZERO;
      case MILEAGE -> ratePerMile.perMile(miles);
      case AMOUNT -> amount;
    };
  }
}
