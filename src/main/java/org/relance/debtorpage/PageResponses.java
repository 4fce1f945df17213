package org.relance.debtorpage;

import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.MediaTypes;
import org.apache.pekko.http.javadsl.model.StatusCode;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.Location;
import org.apache.pekko.http.javadsl.model.headers.RawHeader;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.common.Language;

import java.util.Optional;

/**
 * The answers the page's routes give: an HTML page, a redirection after a post (303), a PDF to
 * save, and the language a request asks for ({@code ?lang=fr|en}, or a form's {@code lang}).
 */
class PageResponses extends AllDirectives {

  Route html(StatusCode status, String page) {
    return complete(HttpResponse.create().withStatus(status)
        .withEntity(HttpEntities.create(ContentTypes.TEXT_HTML_UTF8, page)));
  }

  Route html(String page) {
    return html(StatusCodes.OK, page);
  }

  Route seeOther(String location) {
    return complete(HttpResponse.create().withStatus(StatusCodes.SEE_OTHER).addHeader(Location.create(location)));
  }

  Route pdf(byte[] bytes, String name) {
    return complete(HttpResponse.create()
        .withEntity(HttpEntities.create(ContentTypes.create(MediaTypes.APPLICATION_PDF), bytes))
        .addHeader(RawHeader.create("Content-Disposition", "attachment; filename=\"" + name + "\"")));
  }

  /** The language named by {@code code} ("fr", "en"), if it is one. */
  static Optional<Language> language(Optional<String> code) {
    return code.flatMap(c -> switch (c) {
      case "fr" -> Optional.of(Language.FR);
      case "en" -> Optional.of(Language.EN);
      default -> Optional.empty();
    });
  }
}
