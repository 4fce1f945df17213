package org.relance.outreach;

import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.debtorcase.CaseView;
import org.relance.ladder.Stage;
import org.relance.messages.MessageTemplates;
import org.relance.owner.OwnerTexts;
import org.relance.payment.PaymentDetails;
import org.relance.payment.PaymentTexts;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The debtor messages of the ladder ({@code outreach.<stage>} in the templates): who writes (the
 * business), the open invoices with what is still owed on each and its due date, the total, and
 * an invitation to answer here, then how to pay ({@link PaymentTexts}: the bank details, the reference,
 * the payment link; nothing when the business gave none); and the same rung's message for the owner
 * to send by hand to a debtor who has no chat with the bot. Amounts and dates as the owner's side writes them.
 */
public final class OutreachTexts {

  private final MessageTemplates templates;
  private final PaymentTexts payment;

  public OutreachTexts(MessageTemplates templates) {
    this.templates = templates;
    this.payment = new PaymentTexts(templates);
  }

  /** The message of {@code stage} for this case, in {@code language}, its payment lines last. */
  public String message(Stage stage, CaseView view, BusinessProfile business, Language language) {
    String message = templates.text(language, "outreach." + stage.wire(), Map.of("business", business.name(),
        "invoices", invoices(view, language), "balance", OwnerTexts.money(view.balance(), view.currency(), language)));
    String lines = payment.lines(PaymentDetails.forCase(view, business), language);
    return lines.isEmpty() ? message : message + "\n\n" + lines;
  }

  /** The caption of the payment QR code sent after the message. */
  public String qrCaption(CaseView view, BusinessProfile business, Language language) {
    return payment.qrCaption(PaymentDetails.forCase(view, business), language);
  }

  /**
   * For the owner of a debtor who has no chat with the bot: the rung's message in the owner's own
   * voice, in the debtor's language, ready to copy into an e-mail or an SMS, introduced in the
   * owner's language.
   */
  public String byHand(Stage stage, CaseView view, BusinessProfile business, Language ownerLanguage) {
    Language debtor = view.debtor().language() == null ? ownerLanguage : view.debtor().language();
    String lines = payment.lines(PaymentDetails.forCase(view, business), debtor);
    String message = templates.text(debtor, "outreach.by_hand.message", Map.of("business", business.name(),
        "lead", templates.text(debtor, "outreach.by_hand.lead." + stage.wire()), "invoices", invoices(view, debtor),
        "balance", OwnerTexts.money(view.balance(), view.currency(), debtor),
        "payment", lines.isEmpty() ? "" : "\n" + lines));
    return templates.text(ownerLanguage, "outreach.by_hand", Map.of("debtor", view.debtor().name(),
        "step", templates.text(ownerLanguage, "stage." + stage.wire()), "message", message));
  }

  private String invoices(CaseView view, Language language) {
    return view.invoices().stream().filter(i -> i.outstanding().signum() > 0)
        .map(i -> templates.text(language, "outreach.invoice", Map.of("number", i.number(),
            "amount", OwnerTexts.money(i.outstanding(), i.currency(), language),
            "due", OwnerTexts.date(i.dueDate(), language))))
        .collect(Collectors.joining("\n"));
  }
}
