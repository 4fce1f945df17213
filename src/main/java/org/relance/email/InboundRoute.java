package org.relance.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.unmarshalling.Unmarshaller;
import org.relance.http.BearerToken;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Properties;

/**
 * {@code POST /api/email/inbound} (the API's bearer token): one e-mail as raw RFC 822 bytes, for a mail
 * provider's inbound webhook instead of IMAP polling. Answered 202 once it is handled like a polled
 * one (a repeat of the same {@code Message-ID} changes nothing), 400 when it is not an e-mail with a sender.
 */
public final class InboundRoute extends AllDirectives {

  private final BearerToken token;
  private final InboundEmails inbound;
  private final Session session = Session.getInstance(new Properties());

  public InboundRoute(String adminToken, InboundEmails inbound) {
    this.token = new BearerToken(adminToken);
    this.inbound = inbound;
  }

  public Route route() {
    return path(PathMatchers.segment("api").slash("email").slash("inbound"), () -> post(() -> token.required(() ->
        entity(Unmarshaller.entityToByteArray(), bytes -> {
          InboundMail mail;
          try {
            mail = InboundMail.read(new MimeMessage(session, new ByteArrayInputStream(bytes)));
          } catch (MessagingException | IOException | RuntimeException e) {
            return notAnEmail();
          }
          if (mail.from().isEmpty()) {
            return notAnEmail();
          }
          return onSuccess(inbound.handle(mail), done -> complete(StatusCodes.ACCEPTED,
              HttpEntities.create(ContentTypes.APPLICATION_JSON, "{\"status\": \"handled\"}")));
        }))));
  }

  private Route notAnEmail() {
    return complete(StatusCodes.BAD_REQUEST, HttpEntities.create(ContentTypes.APPLICATION_JSON,
        "{\"error\": \"the body must be one e-mail in RFC 822 form, with its From header\"}"));
  }
}
