package org.mentorlink.tool.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CookiesTest {
  @Test
  void cookiesWorkInACrossSiteIframe() {
    assertEquals(
        "mentorlink_session=abc; Path=/; Secure; HttpOnly; SameSite=None; Partitioned",
        Cookies.set("mentorlink_session", "abc", "/", -1));
    assertEquals(
        "mlst_x=; Path=/lti; Max-Age=0; Secure; HttpOnly; SameSite=None; Partitioned",
        Cookies.delete("mlst_x", "/lti"));
  }
}
