package org.mentorlink.tool.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.cpd.CpdActivity;
import org.mentorlink.domain.cpd.CpdKind;
import org.mentorlink.domain.cpd.CpdRole;
import org.mentorlink.domain.cpd.EntryState;
import org.mentorlink.domain.matching.MatchState;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.mentor.TrainingStatus;
import org.mentorlink.domain.relationship.ActionItem;
import org.mentorlink.domain.relationship.ClosureReason;
import org.mentorlink.domain.relationship.GoalState;
import org.mentorlink.domain.relationship.SessionState;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.request.HelpTopic;
import org.mentorlink.domain.request.RequestState;
import org.mentorlink.domain.scheme.CpdApproval;
import org.mentorlink.tool.infrastructure.web.Messages;

/** The pages' words come from the message bundle, and every state and choice has words there. */
class MessagesTest {
  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern MESSAGE = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");

  /** A dash standing in for an empty value ({@code ?: '—'}, {@code ? '-' :}). */
  private static final Pattern DASH_FOR_EMPTY =
      Pattern.compile("\\?:?\\s*'[-\u2013\u2014]'|>\\s*[-\u2013\u2014]\\s*<");

  private static final List<Class<? extends Enum<?>>> SHOWN =
      List.of(
          HelpTopic.class,
          MeetingMode.class,
          RequestState.class,
          MatchState.class,
          SessionState.class,
          GoalState.class,
          ClosureReason.class,
          Theme.class,
          TrainingStatus.class,
          ActionItem.Owner.class,
          CpdApproval.class,
          CpdActivity.class,
          CpdKind.class,
          CpdRole.class,
          EntryState.class);

  @Test
  void everyStateAndChoiceShownHasWordsInTheBundle() {
    List<String> missing = new ArrayList<>();
    for (Class<? extends Enum<?>> type : SHOWN) {
      for (Enum<?> e : type.getEnumConstants()) {
        if (!Messages.has(Labels.key(e))) {
          missing.add(Labels.key(e));
        }
      }
    }
    assertEquals(List.of(), missing, "enum values without words in i18n/messages_en_GB");
  }

  @Test
  void labelsReadTheBundleNotTheEnumName() {
    Labels labels = new Labels();
    assertEquals("Video call", labels.of(MeetingMode.VIDEO));
    assertEquals("Signed off and locked", labels.of(SessionState.SIGNED_OFF));
    assertEquals("Teacher", labels.launchRole("INSTRUCTOR"));
    assertEquals("", labels.of(null));
  }

  @Test
  void argumentsAreFilledInAndAMissingKeyFails() {
    assertEquals("Page 2 of 3 (41 in all)", Messages.text("pager.status", 2, 3, 41));
    assertNotNull(Messages.find("layout.footer.accessibility"));
    assertEquals(null, Messages.find("no.such.key"));
    try {
      Messages.text("no.such.key");
      throw new AssertionError("a missing key must fail");
    } catch (java.util.MissingResourceException expected) {
      // as intended
    }
  }

  @Test
  void apostrophesSurviveWithAndWithoutPlaceholders() throws IOException {
    assertTrue(Messages.text("next.ask.hint").contains("scheme's lead"));
    List<String> lost = new ArrayList<>();
    java.util.Properties bundle = new java.util.Properties();
    try (var in =
        Files.newBufferedReader(Path.of("src/main/resources/i18n/messages_en_GB.properties"))) {
      bundle.load(in);
    }
    for (String key : bundle.stringPropertyNames()) {
      String v = bundle.getProperty(key);
      if (v.indexOf('{') >= 0 && v.replace("''", "").indexOf('\'') >= 0) {
        lost.add(key + "=" + v);
      }
    }
    assertEquals(List.of(), lost, "a message with a placeholder writes an apostrophe as ''");
  }

  @Test
  void everyMessageATemplateUsesIsInTheBundle() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path t : templates()) {
      Matcher m = MESSAGE.matcher(Files.readString(t));
      while (m.find()) {
        if (!Messages.has(m.group(1))) {
          missing.add(TEMPLATES.relativize(t) + ": " + m.group(1));
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void noTemplateShowsADashForAnEmptyValue() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path t : templates()) {
      String[] lines = Files.readString(t).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (DASH_FOR_EMPTY.matcher(lines[i]).find()) {
          found.add(TEMPLATES.relativize(t) + ":" + (i + 1) + ": " + lines[i].strip());
        }
      }
    }
    assertEquals(List.of(), found, "omit an empty field instead of showing a dash");
    assertTrue(DASH_FOR_EMPTY.matcher("th:text=\"${x} ?: '\u2014'\"").find(), "the check can fail");
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> s = Files.walk(TEMPLATES)) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
