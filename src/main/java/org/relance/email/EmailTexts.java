package org.relance.email;

import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.debtorcase.CaseView;
import org.relance.ladder.Stage;
import org.relance.messages.MessageTemplates;
import org.relance.outreach.OutreachTexts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words of the e-mails ({@code email.*} in the templates, French and English): a rung's subject
 * and body (the body is the rung's chat message of {@link OutreachTexts}, so both channels say the
 * same), the footer with how to answer and the one-click unsubscribe link, a letter's file name, and
 * the owner's notice of a bounce. The debtor reads their language, else the business's.
 */
public final class EmailTexts {

  private final MessageTemplates templates;
  private final OutreachTexts outreach;

  public EmailTexts(MessageTemplates templates) {
    this.templates = templates;
    this.outreach = new OutreachTexts(templates);
  }

  /** The language the debtor of this case reads. */
  public static Language debtorLanguage(CaseView view, BusinessProfile business) {
    return view.debtor().language() != null ? view.debtor().language() : business.language();
  }

  /** The subject of a rung's e-mail: what it is, the invoices, the business. */
  public String subject(Stage stage, CaseView view, BusinessProfile business) {
    Language language = debtorLanguage(view, business);
    String invoices = view.invoices().stream().filter(i -> i.outstanding().signum() > 0)
        .map(org.relance.debtorcase.CaseView.InvoiceView::number).collect(Collectors.joining(", "));
    return templates.text(language, "email.subject." + stage.wire(), Map.of("invoices", invoices,
        "business", business.name()));
  }

  /** The subject of an answer or a confirmation outside the ladder. */
  public String answerSubject(CaseView view, BusinessProfile business) {
    return templates.text(debtorLanguage(view, business), "email.subject.answer", Map.of("business", business.name()));
  }

  /** A rung's message, with the note that the letter is attached on a letter's rung. */
  public String message(Stage stage, CaseView view, BusinessProfile business) {
    Language language = debtorLanguage(view, business);
    String text = outreach.message(stage, view, business, language);
    return stage.isLetter() ? text + "\n\n" + templates.text(language, "email.letter_attached") : text;
  }

  /**
   * The text as sent: the message, then the debtor's page (when there is one to give), how to answer and how
   * to unsubscribe.
   */
  public String withFooter(String message, String unsubscribeUrl, String pageUrl, CaseView view,
                           BusinessProfile business) {
    Language language = debtorLanguage(view, business);
    String page = pageUrl == null ? "" : templates.text(language, "email.footer.page", Map.of("page", pageUrl)) + "\n";
    return message + "\n\n-- \n" + page + templates.text(language, "email.footer",
        Map.of("business", business.name(), "unsubscribe", unsubscribeUrl));
  }

  /** The file name of a rung's letter issued on {@code date}, in the debtor's language. */
  public String letterFileName(Stage stage, LocalDate date, CaseView view, BusinessProfile business) {
    return templates.text(debtorLanguage(view, business), "email.letter_file",
        Map.of("step", stage.wire().replace('_', '-'), "date", date.toString()));
  }

  /** The owner's notice that an address bounced, in the owner's language. */
  public String bounced(CaseView view, String address, String detail, Language ownerLanguage) {
    return templates.text(ownerLanguage, "email.bounced", Map.of("debtor", view.debtor().name(), "address", address,
        "detail", detail == null ? "" : detail));
  }

  /** How to answer a question by e-mail: write back one of the choices' labels. */
  public String choices(Language language, List<String> labels) {
    boolean french = language == Language.FR;
    return templates.text(language, "email.choices", Map.of("choices", labels.stream()
        .map(l -> french ? "« " + l + " »" : "“" + l + "”").collect(Collectors.joining(french ? " ou " : " or "))));
  }

  /** The one-click answers: a line per choice, its label and its signed link to the debtor's page. */
  public String choiceLinks(Language language, List<String> lines) {
    return templates.text(language, "email.choices.links", Map.of("links", String.join("\n", lines)));
  }

  /** A text of the unsubscribe page. */
  public String page(Language language, String id) {
    return templates.text(language, "email.unsubscribe." + id);
  }
}
