package org.relance.letters;

import org.relance.business.BusinessProfile;
import org.relance.debtorcase.Debtor;
import org.relance.debtorcase.Invoice;
import org.relance.ladder.Stage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the letters, the claim, the limitation and the dossier read from one case, as plain
 * values: the business (creditor), the debtor, the invoices, the payments received, the reminders
 * already sent, the debtor's commitments, for the dossier the whole journal and every message, and the
 * address of the debtor's page when the letters may print it (null otherwise).
 * The case core maps its state to this record; nothing here reads a clock or a database.
 *
 * <p>Invariants: at least one invoice, one currency for every invoice and payment.
 */
public record LetterCase(
    String caseId,
    BusinessProfile business,
    Debtor debtor,
    List<Invoice> invoices,
    List<Payment> payments,
    List<SentReminder> reminders,
    List<Commitment> commitments,
    List<JournalLine> journal,
    List<CaseMessage> messages,
    String pageUrl) {

  public LetterCase {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(business, "business");
    Objects.requireNonNull(debtor, "debtor");
    invoices = List.copyOf(Objects.requireNonNull(invoices, "invoices"));
    payments = payments == null ? List.of() : List.copyOf(payments);
    reminders = reminders == null ? List.of()
        : reminders.stream().sorted(Comparator.comparing(SentReminder::sentOn)).toList();
    commitments = commitments == null ? List.of() : List.copyOf(commitments);
    journal = journal == null ? List.of() : List.copyOf(journal);
    messages = messages == null ? List.of() : List.copyOf(messages);
    if (invoices.isEmpty()) {
      throw new IllegalArgumentException("Case " + caseId + " has no invoice to claim");
    }
    Currency currency = invoices.get(0).amount().currency();
    for (Invoice invoice : invoices) {
      if (!invoice.amount().currency().equals(currency)) {
        throw new IllegalArgumentException("Case " + caseId + " mixes currencies: invoice " + invoice.number()
            + " is in " + invoice.amount().currency() + ", the first in " + currency);
      }
    }
    for (Payment payment : payments) {
      if (!payment.amount().currency().equals(currency)) {
        throw new IllegalArgumentException("Case " + caseId + ": a payment of " + payment.receivedOn()
            + " is in " + payment.amount().currency() + ", the invoices in " + currency);
      }
    }
  }

  /** A case without journal or messages: enough for the claim and the letters. */
  public static LetterCase of(String caseId, BusinessProfile business, Debtor debtor, List<Invoice> invoices,
      List<Payment> payments, List<SentReminder> reminders) {
    return new LetterCase(caseId, business, debtor, invoices, payments, reminders, List.of(), List.of(), List.of(),
        null);
  }

  public Currency currency() {
    return invoices.get(0).amount().currency();
  }

  /** The day of the first mise en demeure sent on this case, if any. */
  public Optional<LocalDate> formalNoticeDate() {
    return reminders.stream().filter(r -> r.stage() == Stage.FORMAL_NOTICE).map(SentReminder::sentOn).findFirst();
  }

  /** The same case with one more reminder recorded (e.g. the letter being issued now). */
  public LetterCase withReminder(SentReminder reminder) {
    List<SentReminder> more = new java.util.ArrayList<>(reminders);
    more.add(reminder);
    return new LetterCase(caseId, business, debtor, invoices, payments, more, commitments, journal, messages,
        pageUrl);
  }

  /** The same case with the address of its debtor page, printed on its letters (null: none to print). */
  public LetterCase withPageUrl(String url) {
    return new LetterCase(caseId, business, debtor, invoices, payments, reminders, commitments, journal, messages,
        url);
  }
}
