package org.mentorlink.it.browser;

/**
 * Every page of every role at phone width: the whole journey of {@link EveryFormBrowserIT} (every
 * form of the tool, posted as each role would), with each page it reaches also checked at 320 and
 * 375 px ({@link PhoneWidth}: no sideways scroll, no word broken inside) and saved as {@code
 * target/screenshots/phone-<page>.png}.
 */
class PhoneWidthBrowserIT extends EveryFormBrowserIT {
  @Override
  void check(Chromium b, String page) {
    super.check(b, page);
    PhoneWidth.assertReadable(b, page);
  }
}
