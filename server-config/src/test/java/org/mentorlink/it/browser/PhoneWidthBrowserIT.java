package org.mentorlink.it.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every page of every role at phone width: the whole journey of {@link EveryFormBrowserIT} (every
 * form of the tool, posted as each role would), with each page it reaches also checked at 320 and
 * 375 px ({@link PhoneWidth}: no sideways scroll, no word broken inside) and saved as {@code
 * target/screenshots/phone-<page>.png}.
 *
 * <p>The pages listed in {@code phone-width-pages.txt} have been made readable at phone width and
 * must stay so (the test fails for any of them). A page not in the list (today: the CPD log after
 * reversing credit) is measured and reported as {@code [phone] NOT YET READABLE}, and belongs in
 * the list once fixed.
 */
class PhoneWidthBrowserIT extends EveryFormBrowserIT {
  private static final Set<String> READABLE = readable();

  @Override
  void check(Chromium b, String page) {
    super.check(b, page);
    if (READABLE.contains(page)) {
      PhoneWidth.assertReadable(b, page);
      return;
    }
    try {
      PhoneWidth.assertReadable(b, page);
      System.out.println("[phone] readable now, add it to phone-width-pages.txt: " + page);
    } catch (AssertionError e) {
      System.out.println("[phone] NOT YET READABLE: " + e.getMessage());
    }
  }

  private static Set<String> readable() {
    try (InputStream in =
        PhoneWidthBrowserIT.class.getClassLoader().getResourceAsStream("phone-width-pages.txt")) {
      if (in == null) {
        throw new IllegalStateException("phone-width-pages.txt is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty())
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
