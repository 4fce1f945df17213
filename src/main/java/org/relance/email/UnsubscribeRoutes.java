package org.relance.email;

import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.StatusCode;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.RawHeader;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.common.Language;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent;
import org.relance.gateway.CaseGateway;

import java.util.Optional;

/**
 * The one-click unsubscribe link of every e-mail ({@code /email/unsubscribe/<token>}, no sign-in: the
 * signed token is the key). {@code POST} (a mail client's one-click, RFC 8058, or the page's button)
 * records a stop request in the case, so nothing more is sent to the debtor on any channel; {@code GET}
 * only shows a small page asking to confirm (a link checker opening it stops nothing). French and
 * English on the same page; a token that is not ours is answered 404 with a plain explanation.
 */
public final class UnsubscribeRoutes extends AllDirectives {

  /** The path the links start with. */
  public static final String PATH_PREFIX = "/email/unsubscribe/";

  private static final RawHeader POLICY = RawHeader.create("Content-Security-Policy",
      "default-src 'none'; form-action 'self'; frame-ancestors 'none'");

  private final EmailTokens tokens;
  private final CaseGateway cases;
  private final EmailTexts texts;

  public UnsubscribeRoutes(EmailTokens tokens, CaseGateway cases, EmailTexts texts) {
    this.tokens = tokens;
    this.cases = cases;
    this.texts = texts;
  }

  public Route route() {
    return pathPrefix(PathMatchers.segment("email").slash("unsubscribe"), () -> path(PathMatchers.segment(), token ->
        respondWithHeader(POLICY, () -> {
          Optional<String> caseId = tokens.caseOf(EmailTokens.Purpose.UNSUBSCRIBE, token);
          if (caseId.isEmpty()) {
            return page(StatusCodes.NOT_FOUND, "unknown", false);
          }
          return concat(
              get(() -> page(StatusCodes.OK, "ask", true)),
              post(() -> onSuccess(cases.ask(caseId.get(), r -> new CaseCommand.StopContact(
                      CaseEvent.ContactStop.STOP_REQUESTED, "email-unsubscribe", r)),
                  reply -> page(StatusCodes.OK, "done", false))));
        })));
  }

  private Route page(StatusCode status, String text, boolean withButton) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .append(texts.page(Language.FR, "title")).append(" · ").append(texts.page(Language.EN, "title"))
        .append("</title></head><body><main>");
    for (Language language : new Language[] {Language.FR, Language.EN}) {
      html.append("<section lang=\"").append(language.code()).append("\"><h1>").append(texts.page(language, "title"))
          .append("</h1><p>").append(texts.page(language, text)).append("</p>");
      if (withButton) {
        html.append("<form method=\"post\"><button type=\"submit\">").append(texts.page(language, "button"))
            .append("</button></form>");
      }
      html.append("</section>");
    }
    return complete(status, HttpEntities.create(ContentTypes.TEXT_HTML_UTF8, html.append("</main></body></html>")
        .toString()));
  }
}
