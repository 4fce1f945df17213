package org.relance.debtorpage;

import org.relance.common.Language;
import org.relance.messages.MessageTemplates;

import java.util.Map;

/**
 * The frame of every debtor page: the document with its language, viewport and the page's own CSS
 * and JavaScript files (nothing inline, nothing from elsewhere), a link to the other language, and
 * the small pages that are not the case (the verification question, a link that opens nothing, a
 * signed answer to confirm). Every value written into the page is escaped here ({@link #escape}).
 */
final class PageHtml {

  private final MessageTemplates templates;

  PageHtml(MessageTemplates templates) {
    this.templates = templates;
  }

  /** The text {@code id} in {@code language}, filled and escaped for HTML. */
  String text(Language language, String id, Map<String, ?> values) {
    return escape(templates.text(language, id, values));
  }

  String text(Language language, String id) {
    return text(language, id, Map.of());
  }

  /** A whole document: {@code title} (already escaped) and {@code body} (HTML), with the language switch. */
  String document(Language language, String title, String switchPath, String body) {
    Language other = language == Language.FR ? Language.EN : Language.FR;
    return "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"referrer\" content=\"no-referrer\"><title>" + title + "</title>"
        + "<link rel=\"stylesheet\" href=\"/d-files/page.css\"><script src=\"/d-files/page.js\" defer></script>"
        + "</head><body><header><p class=\"switch\"><a href=\"" + escape(switchPath) + "?lang=" + other.code()
        + "\" lang=\"" + other.code() + "\">" + text(language, "page.language.switch") + "</a></p><h1>" + title
        + "</h1></header><main id=\"main\">" + body + "</main></body></html>";
  }

  /** The verification question, with the problem of the last answer (escaped text) when there is one. */
  String verification(Language language, String token, String problem, String csrf) {
    String form = "<form method=\"post\" action=\"/d/" + escape(token) + "/verify\" class=\"card\">"
        + "<p>" + text(language, "page.verify.intro") + "</p>"
        + problem(problem)
        + "<label for=\"answer\">" + text(language, "page.verify.label") + "</label>"
        + "<input id=\"answer\" name=\"answer\" type=\"text\" autocomplete=\"off\" required maxlength=\"200\""
        + (problem.isEmpty() ? "" : " aria-describedby=\"problem\" aria-invalid=\"true\"") + ">"
        + "<input type=\"hidden\" name=\"lang\" value=\"" + language.code() + "\">" + csrfField(csrf)
        + "<button type=\"submit\" id=\"verify\">" + text(language, "page.verify.submit") + "</button></form>";
    return document(language, text(language, "page.title.anonymous"), "/d/" + token, form);
  }

  /** A page saying only {@code message} (escaped text). */
  String notice(Language language, String title, String path, String message) {
    return document(language, title, path, "<p class=\"card notice\" role=\"status\" id=\"notice\">" + message + "</p>");
  }

  /** The confirmation of a signed answer: one button that posts it. */
  String answer(Language language, String token, String signed, String choiceLabel, String csrf) {
    String form = "<form method=\"post\" action=\"/d/" + escape(token) + "/answer/" + escape(signed)
        + "\" class=\"card\"><p>" + text(language, "page.answer.choice", Map.of("choice", choiceLabel)) + "</p>"
        + csrfField(csrf) + "<button type=\"submit\" id=\"confirm\">" + text(language, "page.answer.send")
        + "</button></form>";
    return document(language, text(language, "page.answer.title"), "/d/" + token + "/answer/" + signed, form);
  }

  /** A problem to show above a form (escaped text), announced to screen readers. */
  static String problem(String problem) {
    return problem.isEmpty() ? "" : "<p class=\"problem\" role=\"alert\" id=\"problem\">" + problem + "</p>";
  }

  static String csrfField(String csrf) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(csrf) + "\">";
  }

  /** Text made safe to write between tags or inside a quoted attribute. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
