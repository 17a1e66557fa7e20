package org.mentorlink.tool.infrastructure.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * The words of the pages and documents, from the message bundle {@code i18n/messages_en_GB}
 * (British English, UTF-8): templates read them with {@code #{key}} (arguments as {@code #{key(a,
 * b)}}, {@link MessageFormat} patterns), code with {@link #text}.
 */
public final class Messages extends AbstractMessageResolver {
  /** The bundle's base name on the class path. */
  public static final String BUNDLE = "i18n/messages";

  private static final ResourceBundle WORDS =
      ResourceBundle.getBundle(
          BUNDLE,
          Locale.UK,
          Messages.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  /** The words for {@code key}, or null when the bundle has none. */
  public static String find(String key) {
    try {
      return WORDS.getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /** The words for {@code key} with its arguments filled in; fails when the key is missing. */
  public static String text(String key, Object... args) {
    String pattern = find(key);
    if (pattern == null) {
      throw new MissingResourceException("no message " + key, BUNDLE, key);
    }
    return format(pattern, args);
  }

  /**
   * A message with a placeholder ({@code {0}}) is a {@link MessageFormat} pattern, where an
   * apostrophe is written {@code ''}; one without is its own text.
   */
  private static String format(String pattern, Object[] args) {
    return pattern.indexOf('{') < 0
        ? pattern
        : new MessageFormat(pattern, Locale.UK).format(args == null ? new Object[0] : args);
  }

  /** Whether the bundle has {@code key}. */
  public static boolean has(String key) {
    return WORDS.containsKey(key);
  }

  @Override
  public String resolveMessage(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    String pattern = find(key);
    if (pattern == null) {
      return null;
    }
    return format(pattern, messageParameters);
  }

  @Override
  public String createAbsentMessageRepresentation(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    return "??" + key + "??";
  }
}
