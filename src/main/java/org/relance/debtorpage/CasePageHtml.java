package org.relance.debtorpage;

import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.debtorcase.CaseView;
import org.relance.payment.EpcQr;
import org.relance.payment.PaymentDetails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.relance.debtorpage.PageHtml.csrfField;
import static org.relance.debtorpage.PageHtml.escape;

/**
 * The page a verified debtor sees: the business's name, the invoices and what remains due, how to
 * pay, the letters and invoices to download, the conversation (the dialogue's last choices as
 * buttons) and the four one-click forms ("I will pay on…", "Propose a plan", "I have paid", "I
 * contest"). Every form posts with the session's CSRF token; a refused form is shown again with its
 * problem next to it and what was typed kept.
 */
final class CasePageHtml {

  /** One line of the conversation: the debtor's or the business's. */
  record Line(boolean fromDebtor, String text) {}

  /** A choice the dialogue offers: its label and the id posted back. */
  record Choice(String label, String id) {}

  /** Where a problem goes: the form it concerns, its text (escaped) and what was typed. */
  record Problem(String form, String text, String typed) {
    static final Problem NONE = new Problem("", "", "");

    String at(String name) {
      return form.equals(name) ? PageHtml.problem(text) : "";
    }

    String typedAt(String name) {
      return form.equals(name) ? escape(typed) : "";
    }
  }

  /** A letter sent: its stage (its name in the link) and its date. */
  record Letter(String stage, LocalDate date) {}

  /** Everything the page shows. */
  record CasePage(Language language, String token, String csrf, CaseView view, BusinessProfile business,
                  List<Letter> letters, List<String> invoicePdfs, List<Line> conversation, List<Choice> choices,
                  Problem problem) {}

  private static final Map<Language, DateTimeFormatter> DAYS = Map.of(
      Language.FR, DateTimeFormatter.ofPattern("dd/MM/yyyy"), Language.EN, DateTimeFormatter.ofPattern("dd/MM/yyyy"));

  private final PageHtml html;

  CasePageHtml(PageHtml html) {
    this.html = html;
  }

  String render(CasePage page) {
    Language l = page.language();
    Map<String, String> business = Map.of("business", page.business().name());
    String body = invoices(page) + payment(page) + documents(page) + conversation(page) + actions(page);
    return html.document(l, html.text(l, "page.title", business), "/d/" + page.token(), body);
  }

  private String invoices(CasePage page) {
    Language l = page.language();
    CaseView view = page.view();
    String rows = view.invoices().stream().map(i -> "<tr><th scope=\"row\">" + escape(i.number()) + "</th><td>"
        + day(l, i.issueDate()) + "</td><td>" + day(l, i.dueDate()) + "</td><td class=\"num\">"
        + money(l, i.amount(), i.currency()) + "</td><td class=\"num\">" + money(l, i.outstanding(), i.currency())
        + "</td></tr>").collect(Collectors.joining());
    String balance = view.balance().signum() > 0
        ? html.text(l, "page.balance", Map.of("amount", l.money(view.balance(), view.currency())))
        : html.text(l, "page.balance.none");
    return "<section aria-labelledby=\"invoices-title\" class=\"card\"><h2 id=\"invoices-title\">"
        + html.text(l, "page.invoices.title") + "</h2><div class=\"scroll\"><table id=\"invoices\"><thead><tr>"
        + header(l, "number") + header(l, "issued") + header(l, "due") + header(l, "amount") + header(l, "remaining")
        + "</tr></thead><tbody>" + rows + "</tbody></table></div><p class=\"balance\" id=\"balance\">" + balance
        + "</p></section>";
  }

  private String header(Language l, String column) {
    return "<th scope=\"col\">" + html.text(l, "page.invoice." + column) + "</th>";
  }

  private String payment(CasePage page) {
    Language l = page.language();
    PaymentDetails pay = PaymentDetails.forCase(page.view(), page.business());
    String details = "";
    if (pay.hasBankAccount()) {
      details = "<dl id=\"payment\">" + term(l, "beneficiary", pay.beneficiary()) + term(l, "iban", pay.groupedIban())
          + (pay.bic() == null ? "" : term(l, "bic", pay.bic())) + term(l, "reference", pay.reference())
          + (pay.amount() == null ? "" : term(l, "amount", l.money(pay.amount(), pay.currency()))) + "</dl>";
      if (pay.qr() instanceof EpcQr.Ready) {
        details += "<figure class=\"qr\"><img id=\"qr\" src=\"/d/" + escape(page.token()) + "/qr.png\" width=\"220\""
            + " height=\"220\" alt=\"" + html.text(l, "page.pay.qr.alt") + "\"><figcaption>"
            + html.text(l, "payment.qr", Map.of("amount", l.money(pay.amount(), pay.currency()),
                "business", pay.beneficiary(), "reference", pay.reference())) + "</figcaption></figure>";
      }
    }
    details += pay.paymentLink().map(link -> "<p><a id=\"pay-online\" href=\"" + escape(link)
        + "\" rel=\"noopener noreferrer\">" + html.text(l, "page.pay.online") + "</a></p>").orElse("");
    if (details.isEmpty()) {
      details = "<p>" + html.text(l, "page.pay.missing", Map.of("business", page.business().name())) + "</p>";
    }
    return "<section aria-labelledby=\"pay-title\" class=\"card\"><h2 id=\"pay-title\">" + html.text(l, "page.pay.title")
        + "</h2>" + details + "</section>";
  }

  private String term(Language l, String name, String value) {
    return "<dt>" + html.text(l, "page.pay." + name) + "</dt><dd class=\"copy\">" + escape(value) + "</dd>";
  }

  private String documents(CasePage page) {
    Language l = page.language();
    String base = "/d/" + escape(page.token());
    String letters = page.letters().stream().map(letter -> "<li><a href=\"" + base + "/letter/" + escape(letter.stage())
        + "\" download>" + html.text(l, "page.document.letter", Map.of("date", day(l, letter.date()))) + "</a></li>")
        .collect(Collectors.joining());
    String invoices = page.invoicePdfs().stream().map(number -> "<li><a href=\"" + base + "/invoice/"
        + escape(java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
        + "\" download>" + html.text(l, "page.document.invoice", Map.of("number", number)) + "</a></li>")
        .collect(Collectors.joining());
    String list = letters.isEmpty() && invoices.isEmpty() ? "<p>" + html.text(l, "page.documents.none") + "</p>"
        : "<ul id=\"documents\">" + invoices + letters + "</ul>";
    return "<section aria-labelledby=\"documents-title\" class=\"card\"><h2 id=\"documents-title\">"
        + html.text(l, "page.documents.title") + "</h2>" + list + "</section>";
  }

  private String conversation(CasePage page) {
    Language l = page.language();
    String name = escape(page.business().name());
    String lines = page.conversation().isEmpty() ? "<p>" + html.text(l, "page.talk.none") + "</p>"
        : "<ol id=\"conversation\" class=\"conversation\">" + page.conversation().stream()
        .map(line -> "<li class=\"" + (line.fromDebtor() ? "debtor" : "business") + "\"><span class=\"who\">"
            + (line.fromDebtor() ? html.text(l, "page.talk.you") : name) + "</span> " + escape(line.text()) + "</li>")
        .collect(Collectors.joining()) + "</ol>";
    String choices = page.choices().isEmpty() ? "" : "<div class=\"choices\" id=\"choices\">" + page.choices().stream()
        .map(c -> form(page, "choose", "<input type=\"hidden\" name=\"choice\" value=\"" + escape(c.id())
            + "\"><button type=\"submit\">" + escape(c.label()) + "</button>"))
        .collect(Collectors.joining()) + "</div>";
    String say = form(page, "say", page.problem().at("say") + "<label for=\"message\">" + html.text(l, "page.talk.label")
        + "</label><textarea id=\"message\" name=\"message\" rows=\"3\" maxlength=\"4096\" required>"
        + page.problem().typedAt("say") + "</textarea><button type=\"submit\" id=\"send\">"
        + html.text(l, "page.talk.send") + "</button>");
    return "<section aria-labelledby=\"talk-title\" class=\"card\" id=\"talk\"><h2 id=\"talk-title\">"
        + html.text(l, "page.talk.title", Map.of("business", page.business().name())) + "</h2>" + lines + choices
        + say + "</section>";
  }

  private String actions(CasePage page) {
    Language l = page.language();
    return "<section aria-labelledby=\"actions-title\" class=\"card actions\"><h2 id=\"actions-title\">"
        + html.text(l, "page.actions.title") + "</h2>"
        + action(page, "promise", dated(page, "promise", "promise-date"))
        + action(page, "plan", "")
        + action(page, "paid", dated(page, "paid", "paid-date"))
        + action(page, "dispute", page.problem().at("dispute") + "<label for=\"dispute-reason\">"
            + html.text(l, "page.dispute.reason") + "</label><textarea id=\"dispute-reason\" name=\"reason\" rows=\"3\""
            + " maxlength=\"4096\" required>" + page.problem().typedAt("dispute") + "</textarea>")
        + "</section>";
  }

  private String dated(CasePage page, String form, String id) {
    return page.problem().at(form) + "<label for=\"" + id + "\">" + html.text(page.language(), "page." + form + ".date")
        + "</label><input id=\"" + id + "\" name=\"date\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\""
        + " maxlength=\"10\" required value=\"" + page.problem().typedAt(form) + "\">";
  }

  private String action(CasePage page, String name, String fields) {
    Language l = page.language();
    return "<details" + (page.problem().form().equals(name) ? " open" : "") + " id=\"" + name + "\"><summary>"
        + html.text(l, "page." + name + ".title") + "</summary>" + form(page, name, fields
        + "<button type=\"submit\" id=\"" + name + "-send\">" + html.text(l, "page." + name + ".send") + "</button>")
        + "</details>";
  }

  private static String form(CasePage page, String action, String fields) {
    return "<form method=\"post\" action=\"/d/" + escape(page.token()) + "/" + action + "\">" + csrfField(page.csrf())
        + "<input type=\"hidden\" name=\"turn\" value=\"" + java.util.UUID.randomUUID() + "\">" + fields + "</form>";
  }

  private static String day(Language l, LocalDate date) {
    return date == null ? "" : DAYS.get(l).format(date);
  }

  private static String money(Language l, BigDecimal amount, String currency) {
    return escape(l.money(amount, currency));
  }
}
