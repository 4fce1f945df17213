package org.relance.dialogue;

import org.relance.common.Language;
import org.relance.common.PaymentMethod;
import org.relance.debtorcase.CaseView;
import org.relance.dialogue.DialogueReply.Choice;
import org.relance.dialogue.PendingQuestion.Part;
import org.relance.messages.MessageTemplates;
import org.relance.nlu.Intent;
import org.relance.payment.PaymentDetails;
import org.relance.payment.PaymentTexts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the debtor reads, in their language (templates {@code debtor.*}): amounts the way people
 * write them ("300 €", "1 200,50 €"), dates in words ("vendredi 27 novembre"), the recap of the
 * open invoices, a plan as a list, the Yes / No choices, the readings proposed back (a sentence and a
 * choice each). The ids of the choices: {@code yes:<asked by>}, {@code no:<asked by>},
 * {@code case:<case id>:<asked by>}, {@code read:<0|1|other>:<asked by>} ({@link DebtorTurn#number}). Pure.
 */
public final class DebtorTexts {

  private final MessageTemplates templates;
  private final PaymentTexts payment;

  public DebtorTexts(MessageTemplates templates) {
    this.templates = templates;
    this.payment = new PaymentTexts(templates);
  }

  public String text(Language language, String id, Map<String, ?> values) {
    return templates.text(language, id, values);
  }

  public String text(Language language, String id) {
    return templates.text(language, id);
  }

  /** An amount as people write it: no cents when there are none. */
  public static String money(BigDecimal amount, String currency, Language language) {
    NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
    format.setCurrency(Currency.getInstance(currency));
    if (amount.stripTrailingZeros().scale() <= 0) {
      format.setMinimumFractionDigits(0);
      format.setMaximumFractionDigits(0);
    }
    return format.format(amount);
  }

  /** A date in words, with the year only when it is not this year's. */
  public static String day(LocalDate date, LocalDate today, Language language) {
    String pattern = date.getYear() == today.getYear() ? "EEEE d MMMM" : "EEEE d MMMM yyyy";
    return date.format(DateTimeFormatter.ofPattern(pattern, language.locale()));
  }

  /** " par virement" / " by bank transfer", or nothing when the method is unknown. */
  public String method(PaymentMethod method, Language language) {
    return method == null ? "" : " " + text(language, "debtor.method." + method.wire());
  }

  /** Each open invoice (number, issue and due dates, amount, what is left) and the total left. */
  public String recap(CaseView view, Language language) {
    String lines = view.invoices().stream().filter(i -> i.outstanding().signum() > 0)
        .map(i -> text(language, "debtor.recap.line", Map.of("number", i.number(),
            "issued", shortDate(i.issueDate(), language), "due", shortDate(i.dueDate(), language),
            "amount", money(i.amount(), i.currency(), language),
            "left", money(i.outstanding(), i.currency(), language))))
        .collect(Collectors.joining("\n"));
    return lines + "\n" + text(language, "debtor.recap.total", Map.of("total", money(view.balance(),
        view.currency(), language)));
  }

  /** A plan as lines "300 € le lundi 30 novembre". */
  public String plan(List<Part> parts, String currency, LocalDate today, Language language) {
    return parts.stream().map(p -> text(language, "debtor.plan.line", Map.of("amount",
            money(p.amount(), currency, language), "date", day(p.date(), today, language))))
        .collect(Collectors.joining("\n"));
  }

  public static String shortDate(LocalDate date, Language language) {
    return date.format(DateTimeFormatter.ofPattern(language == Language.FR ? "dd/MM/yyyy" : "d MMM yyyy",
        language.locale()));
  }

  /** The Yes / No choices of the question asked by turn number {@code askedBy}. */
  public List<List<Choice>> yesNo(Language language, long askedBy) {
    return List.of(List.of(new Choice(text(language, "button.yes"), "yes:" + askedBy),
        new Choice(text(language, "button.no"), "no:" + askedBy)));
  }

  /** "Autre chose": none of the readings offered. */
  static final String SOMETHING_ELSE = "other";

  /**
   * A reading offered back, in words ("vous prévoyez de régler 300 € le vendredi 27 novembre"); a
   * promise with the values of {@code promise} when they hold a date.
   */
  public String reading(Language language, ReadingProposals.Offered offered, Map<String, ?> promise) {
    return text(language, readingId("debtor.reading", offered, promise), promise);
  }

  /** One choice per reading offered, then "Autre chose", for the question asked by turn number {@code askedBy}. */
  public List<List<Choice>> readingChoice(Language language, List<ReadingProposals.Offered> offered,
                                          Map<String, ?> promise, long askedBy) {
    List<List<Choice>> rows = new ArrayList<>();
    for (int i = 0; i < offered.size(); i++) {
      rows.add(List.of(new Choice(text(language, readingId("button.reading", offered.get(i), promise), promise),
          "read:" + i + ":" + askedBy)));
    }
    rows.add(List.of(new Choice(text(language, "button.something_else"), "read:" + SOMETHING_ELSE + ":" + askedBy)));
    return rows;
  }

  private static String readingId(String prefix, ReadingProposals.Offered offered, Map<String, ?> promise) {
    if (offered.intent() == Intent.DELAY_REASON && offered.reason() != null) {
      return prefix + ".reason." + offered.reason().wire();
    }
    boolean dated = offered.intent() == Intent.PROMISE_TO_PAY && promise.containsKey("date");
    return prefix + "." + offered.intent().wire() + (dated ? ".dated" : "");
  }

  /** The values of a promise's texts: its amount (the balance when none), method, date, and the business. */
  Map<String, Object> promise(DebtorTalk talk, PendingQuestion.Details promise) {
    CaseView view = talk.view();
    return Map.of("amount", money(promise.amount() == null ? view.balance() : promise.amount(), view.currency(),
            talk.language()), "method", method(promise.method(), talk.language()),
        "date", day(promise.date(), talk.today(), talk.language()), "business", talk.business().name());
  }

  /** The invoice recap and how to pay ({@link PaymentTexts}), or that the business will send its bank details. */
  String document(DebtorTalk talk) {
    var business = talk.business();
    String recap = text(talk.language(), "debtor.document", Map.of("recap", recap(talk.view(), talk.language())));
    String lines = payment.lines(PaymentDetails.forCase(talk.view(), business), talk.language());
    return recap + "\n" + (lines.isEmpty()
        ? text(talk.language(), "debtor.document.no_bank", Map.of("business", business.name())) : lines);
  }

  /** A choice of the case the held message is about. */
  static Choice caseChoice(String label, String caseId, long askedBy) {
    return new Choice(label, "case:" + caseId + ":" + askedBy);
  }

  /** A written yes or no ("oui", "ok", "yes", "non", "no"), when that is all the message says. */
  static Optional<Boolean> writtenYesNo(String text) {
    String word = normalized(text);
    if (Set.of("OUI", "OK", "OKAY", "YES", "YEP", "OUAIS", "DACCORD", "CESTCA", "CESTBIENCA", "EXACT", "CORRECT",
        "THATSRIGHT", "YESPLEASE", "OUIMERCI", "OUISVP").contains(word)) {
      return Optional.of(true);
    }
    if (Set.of("NON", "NO", "NOPE", "PASDUTOUT", "NONMERCI", "NOTHANKS").contains(word)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  static String normalized(String text) {
    return text.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
