package org.relance.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A request path as a route template for the HTTP metrics: each segment that is a word of the
 * service's routes stays, every other one (a case's or business's id, a token, a file name) becomes
 * {@code {id}}, and the path stops at {@link #MAX_SEGMENTS}. So a label never carries an id or a
 * secret, and a scanner's random paths add only a few lines.
 */
final class RouteTemplate {

  static final int MAX_SEGMENTS = 6;

  /** The literal segments of the service's routes (API, admin page, health, metrics). */
  private static final Set<String> WORDS = Set.of(
      "health", "live", "ready", "metrics", "api", "admin", "web", "cases", "cases.csv", "businesses", "business",
      "accounts", "ageing", "backup", "clock", "advance", "claim", "claim_declaration.pdf", "dossier.pdf",
      "invitation", "journal", "journal.json", "letters", "limitation", "link", "me", "pause", "resume", "posted",
      "signin", "signout", "tasks", "token", "disable", "done", "cancel", "snooze", "invoices", "payments",
      "promises", "plans", "claimed-payments", "confirm", "disputes", "resolve", "proceedings", "delay-reasons",
      "stop-contact", "wrong-contact", "write-off", "personal-data", "erase", "app.html", "link.html", "signin.html",
      "signin.js", "style.css");

  private RouteTemplate() {}

  static String of(String path) {
    List<String> template = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      if (template.size() == MAX_SEGMENTS) {
        template.add("...");
        break;
      }
      template.add(WORDS.contains(segment) ? segment : "{id}");
    }
    return "/" + String.join("/", template);
  }
}
