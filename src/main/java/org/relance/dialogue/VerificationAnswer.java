package org.relance.dialogue;

import org.relance.debtorcase.CaseView;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads an answer to the verification question, one candidate only: the answer proves the person
 * holds the invoice when its single number (the one word with a digit: "c'est la F-101", "69002")
 * is one of the case's invoice numbers or the postcode of the debtor's address, or when the whole
 * answer is one of them ("FA 2026 101"). An answer with several numbers (a list of postcodes or of
 * invoice numbers, or a number and a date) is never taken, even if one of them matches: the person
 * is asked for just one, and learns nothing. Pure.
 */
final class VerificationAnswer {

  /** What the answer is: proof, a wrong number (or none), or several numbers. */
  enum Reading { PROVED, WRONG, SEVERAL }

  private VerificationAnswer() {}

  static Reading read(CaseView view, String text) {
    Set<String> identifiers = identifiers(view);
    String whole = DebtorTexts.normalized(text);
    if (identifiers.contains(whole)) {
      return Reading.PROVED;
    }
    Set<String> numbers = new LinkedHashSet<>();
    for (String word : text.split("[\\s,;]+")) {
      String normalized = DebtorTexts.normalized(word);
      if (normalized.chars().anyMatch(Character::isDigit)) {
        numbers.add(normalized);
      }
    }
    if (numbers.size() > 1) {
      return Reading.SEVERAL;
    }
    if (numbers.isEmpty()) {
      return Reading.WRONG;
    }
    String number = numbers.iterator().next();
    boolean proved = identifiers.contains(number)
        || identifiers.stream().anyMatch(id -> id.contains(number) && whole.contains(id));
    return proved ? Reading.PROVED : Reading.WRONG;
  }

  /** The case's invoice numbers and the debtor's postcode, normalized. */
  private static Set<String> identifiers(CaseView view) {
    String postcode = view.debtor().address() == null ? null : view.debtor().address().postcode();
    Set<String> identifiers = new LinkedHashSet<>();
    Stream.concat(view.invoices().stream().map(CaseView.InvoiceView::number), Stream.ofNullable(postcode))
        .map(DebtorTexts::normalized).filter(id -> !id.isEmpty()).forEach(identifiers::add);
    return identifiers;
  }
}
