package org.mentorlink.tool.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
  private final SecretKey key = MasterKey.generate().secretKey();
  private final SecretKey other = MasterKey.generate().secretKey();

  @Test
  void opensWhatItSealedAndTheEnvelopeHidesTheText() {
    String text = "Worried about the ARCP panel — ünïcødé ✓";
    String sealed = Envelope.sealText(key, "kabc", "", text);
    assertTrue(sealed.startsWith("ml1:kabc:"), sealed);
    assertFalse(sealed.contains("ARCP"), sealed);
    assertEquals(text, Envelope.openText(key, "", sealed));
    assertEquals("kabc", Envelope.keyRef(sealed));
    assertTrue(Envelope.isEnvelope(sealed));
  }

  @Test
  void sealsTheSameTextDifferentlyEachTime() {
    assertNotEquals(
        Envelope.sealText(key, "k1", "", "same"), Envelope.sealText(key, "k1", "", "same"));
  }

  @Test
  void sealsTheEmptyText() {
    assertEquals("", Envelope.openText(key, "", Envelope.sealText(key, "k1", "", "")));
  }

  @Test
  void aWrongKeyFailsLoudlyNeverReturnsGarbage() {
    String sealed = Envelope.sealText(key, "k1", "", "secret note");
    Envelope.SealBroken e =
        assertThrows(Envelope.SealBroken.class, () -> Envelope.openText(other, "", sealed));
    assertTrue(e.getMessage().contains("wrong key"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"), "no content in the message");
  }

  @Test
  void aChangedByteFails() {
    String sealed = Envelope.sealText(key, "k1", "", "secret note");
    char last = sealed.charAt(sealed.length() - 1);
    String changed = sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertThrows(Envelope.SealBroken.class, () -> Envelope.openText(key, "", changed));
  }

  @Test
  void anEnvelopeMovedToAnotherKeyRefOrContextFails() {
    String sealed = Envelope.sealText(key, "k1", "data_key:k1:t1", "x");
    String moved = sealed.replace("ml1:k1:", "ml1:k2:");
    assertThrows(Envelope.SealBroken.class, () -> Envelope.openText(key, "data_key:k1:t1", moved));
    assertThrows(Envelope.SealBroken.class, () -> Envelope.openText(key, "data_key:k1:t2", sealed));
  }

  @Test
  void plainTextWhereAnEnvelopeBelongsIsRefused() {
    assertThrows(Envelope.SealBroken.class, () -> Envelope.openText(key, "", "just text"));
    assertThrows(Envelope.SealBroken.class, () -> Envelope.openText(key, "", "ml1:k1:!!!"));
    assertThrows(Envelope.SealBroken.class, () -> Envelope.openText(key, "", "ml1:k1:AAAA"));
    assertFalse(Envelope.isEnvelope("notes: ml1"));
  }
}
