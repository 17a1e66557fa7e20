package org.mentorlink.tool.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The e-mail itself, through a real SMTP conversation (GreenMail, in the test): the neutral subject
 * and body only, to the one address; a server that does not answer is "later", an address that is
 * not one is refused for good.
 */
class MailSenderTest {
  private GreenMail smtp;

  @AfterEach
  void stop() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  private static MailSender sender(int port) {
    MailSettings s = new MailSettings();
    s.host = Optional.of("127.0.0.1");
    s.port = port;
    s.user = Optional.empty();
    s.password = Optional.empty();
    s.tls = "NONE";
    s.from = Optional.of("no-reply@mentorlink.test");
    s.timeoutSeconds = 5;
    MailSender m = new MailSender();
    m.settings = s;
    return m;
  }

  @Test
  void theEMailSaysOnlyThatSomethingWaitsAndGoesToTheOneAddress() throws Exception {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp").dynamicPort());
    smtp.start();
    MailSender.Outcome o = sender(smtp.getSmtp().getPort()).send("zoe.ashworth@example.nhs.uk");
    assertEquals(MailSender.Outcome.Result.SENT, o.result(), String.valueOf(o.reason()));
    MimeMessage[] got = smtp.getReceivedMessages();
    assertEquals(1, got.length);
    MimeMessage m = got[0];
    assertEquals(MailText.SUBJECT, m.getSubject());
    assertEquals("zoe.ashworth@example.nhs.uk", m.getAllRecipients()[0].toString());
    assertEquals(1, m.getAllRecipients().length);
    String body = GreenMailUtil.getBody(m).replace("\r\n", "\n");
    assertEquals(MailText.BODY.strip(), body.strip());
    assertTrue(body.contains("open it from your course"));
    assertFalse(body.toLowerCase().contains("zoe"), "the body names no one");
  }

  @Test
  void aServerThatDoesNotAnswerMeansLater() throws Exception {
    int free;
    try (ServerSocket s = new ServerSocket(0)) {
      free = s.getLocalPort();
    }
    MailSender.Outcome o = sender(free).send("someone@example.org");
    assertEquals(MailSender.Outcome.Result.LATER, o.result());
    assertFalse(o.reason().contains("someone"), "no address in the reason");
  }

  @Test
  void somethingThatIsNotAnAddressIsRefusedForGood() {
    MailSender.Outcome o = sender(1).send("not an address@@");
    assertEquals(MailSender.Outcome.Result.REFUSED, o.result());
    assertFalse(o.reason().contains("address@@"));
  }
}
