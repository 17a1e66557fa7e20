package org.mentorlink.tool.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;

/**
 * Sends the one neutral e-mail ({@link MailText}) to one address through the configured SMTP server
 * (Jakarta Mail; Liberty's {@code mail-2.1} feature). It says what became of it in words that hold
 * neither the address nor anything the server answered about it.
 */
@ApplicationScoped
public class MailSender {
  @Inject MailSettings settings;

  /** What became of one e-mail. */
  public record Outcome(Result result, String reason) {
    public enum Result {
      SENT,
      /** Worth trying again later: the server is down, busy, or refused us for now. */
      LATER,
      /** The address itself was refused: never tried again. */
      REFUSED
    }
  }

  /** Sends the e-mail to {@code address}. */
  public Outcome send(String address) {
    try {
      Session session = Session.getInstance(properties());
      MimeMessage m = new MimeMessage(session);
      m.setFrom(new InternetAddress(settings.from(), true));
      m.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
      m.setSubject(MailText.SUBJECT, "UTF-8");
      m.setText(MailText.BODY, "UTF-8");
      m.setSentDate(new Date());
      m.saveChanges();
      try (Transport t = session.getTransport(protocol())) {
        if (settings.user().isPresent()) {
          t.connect(settings.host(), settings.port(), settings.user().get(), settings.password());
        } else {
          t.connect(settings.host(), settings.port(), null, null);
        }
        t.sendMessage(m, m.getAllRecipients());
      }
      return new Outcome(Outcome.Result.SENT, null);
    } catch (AddressException e) {
      return new Outcome(Outcome.Result.REFUSED, "the address is not a valid e-mail address");
    } catch (SendFailedException e) {
      if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
        return new Outcome(Outcome.Result.REFUSED, "the SMTP server refused the address");
      }
      return new Outcome(Outcome.Result.LATER, "the SMTP server did not take the e-mail");
    } catch (AuthenticationFailedException e) {
      return new Outcome(Outcome.Result.LATER, "the SMTP server refused the user and password");
    } catch (MessagingException e) {
      // The server's name and port are configuration, never personal data; its answer is not kept.
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return new Outcome(
          Outcome.Result.LATER,
          "the SMTP server "
              + settings.host()
              + ":"
              + settings.port()
              + " did not take it ("
              + cause.getClass().getSimpleName()
              + ")");
    }
  }

  private String protocol() {
    return settings.tls() == MailSettings.Tls.SMTPS ? "smtps" : "smtp";
  }

  Properties properties() {
    String p = protocol();
    Properties props = new Properties();
    props.put("mail.transport.protocol", p);
    props.put("mail." + p + ".host", settings.host());
    props.put("mail." + p + ".port", Integer.toString(settings.port()));
    String timeout = Integer.toString(settings.timeoutMillis());
    props.put("mail." + p + ".connectiontimeout", timeout);
    props.put("mail." + p + ".timeout", timeout);
    props.put("mail." + p + ".writetimeout", timeout);
    props.put("mail." + p + ".auth", Boolean.toString(settings.user().isPresent()));
    props.put("mail." + p + ".from", settings.from());
    switch (settings.tls()) {
      case STARTTLS -> {
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case SMTPS -> props.put("mail.smtps.ssl.checkserveridentity", "true");
      case NONE -> {
        // plain SMTP: a relay on the same host or network
      }
    }
    // Never the conversation in the log: it holds the address.
    props.put("mail.debug", "false");
    return props;
  }
}
