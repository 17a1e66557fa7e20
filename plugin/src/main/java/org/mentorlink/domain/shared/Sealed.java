package org.mentorlink.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Encryption at rest of the free text people write (notes, agendas, goals, reflections, contract
 * text, reasons): an entity field marked {@code @Convert(converter = Sealed.Text.class)} (or {@link
 * Lines} for a list of texts) is held in plain text in memory and stored only sealed. The domain
 * knows nothing of keys or ciphers: the tool installs a {@link Sealer} when it starts, and until it
 * has, a sealed field can be neither written nor read — a missing key never means plain text.
 */
public final class Sealed {
  private static volatile Sealer sealer;

  private Sealed() {}

  /** Seals and opens stored text; implemented by the tool (AES-GCM with per-tenant data keys). */
  public interface Sealer {
    /** The stored form of {@code plainText} (never null for a non-null text). */
    String seal(String plainText);

    /** The plain text of a stored value; fails loudly on a value it cannot open. */
    String open(String stored);
  }

  /** Installs the sealer every sealed field uses from now on. */
  public static void install(Sealer s) {
    sealer = s;
  }

  /** True once a sealer is installed. */
  public static boolean installed() {
    return sealer != null;
  }

  private static Sealer sealer() {
    Sealer s = sealer;
    if (s == null) {
      throw new IllegalStateException(
          "Encryption at rest is not ready: no master key has been loaded yet");
    }
    return s;
  }

  /** One free-text field, stored sealed; null stays null. */
  @Converter
  public static class Text implements AttributeConverter<String, String> {
    @Override
    public String convertToDatabaseColumn(String attribute) {
      return attribute == null ? null : sealer().seal(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
      return dbData == null ? null : sealer().open(dbData);
    }
  }

  /** A list of short texts (lines of one column, as {@link Values.LinesConverter}), sealed. */
  @Converter
  public static class Lines implements AttributeConverter<List<String>, String> {
    private final Values.LinesConverter lines = new Values.LinesConverter();

    @Override
    public String convertToDatabaseColumn(List<String> attribute) {
      String joined = lines.convertToDatabaseColumn(attribute);
      return joined == null ? null : sealer().seal(joined);
    }

    @Override
    public List<String> convertToEntityAttribute(String dbData) {
      return lines.convertToEntityAttribute(dbData == null ? null : sealer().open(dbData));
    }
  }
}
