package org.relance.nlu.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relance.common.PaymentMethod;

/**
 * Finds the payment method a message names, the first one not ruled out ("pas par chèque, par
 * virement" is a transfer): full words, SMS forms ("vir", "CB", "chq") and English ("wire",
 * "check", "direct debit"). "Check" is a cheque only with an article or "by" before it or "for"
 * after it; "cash flow" is no method.
 */
final class MethodReader {

  private static final Map<String, PaymentMethod> WORDS = new HashMap<>();

  static {
    words(PaymentMethod.TRANSFER, "virement", "virements", "vir", "virmt", "virt", "viremnt",
          "virment", "viremen", "vrt", "vrmt", "virmnt", "vire", "virer", "virerai", "viree", "vires",
          "virees", "wire", "wired", "wiring", "transfer", "transfers", "transferred", "transfere", "bacs", "iban", "swift");
    words(PaymentMethod.CHEQUE, "cheque", "cheques", "chq", "chqs", "cheq", "cheqe", "chek",
          "chque");
    words(PaymentMethod.CARD, "cb", "carte", "card", "visa", "mastercard", "amex", "tpe", "sumup");
    words(PaymentMethod.CASH, "especes", "espece", "liquide", "cash", "billets");
    words(PaymentMethod.DIRECT_DEBIT, "prelevement", "prelevements", "prelev", "prlv", "preleve",
          "prelever", "prelevee", "prelevez", "sepa");
  }

  private static final Set<String> NEGATIONS = Set.of("pas", "plus", "jamais", "not", "no", "never",
      "sans", "ni", "non", "nor");
  private static final Set<String> LINKS = Set.of("par", "de", "en", "by", "via", "with", "d", "a", "un",
      "une");
  private static final Set<String> CHECK_BEFORE = Set.of("a", "the", "by", "my", "your", "our", "per",
      "via", "this", "that", "first", "second", "posted", "mailed", "sent", "send", "post", "mail");

  /** "carte grise", "carte vitale", "business card": cards that pay nothing. */
  private static final Set<String> NOT_A_BANK_CARD = Set.of("grise", "vitale", "cadeau", "visite",
      "identite", "sim", "business", "id", "gift", "birthday");

  private MethodReader() {}

  private static void words(PaymentMethod method, String... words) {
    for (String word : words) {
      WORDS.put(word, method);
    }
  }

  static PaymentMethod read(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      PaymentMethod method = methodAt(tokens, i);
      if (method != null && !ruledOut(tokens, i)) {
        return method;
      }
    }
    return null;
  }

  /** The method the word at {@code i} names, in its context, or null. */
  static PaymentMethod methodAt(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.isWord()) {
      return null;
    }
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
    String before = i > 0 ? tokens.get(i - 1).text() : "";
    switch (t.text()) {
      case "check", "checks":
        return CHECK_BEFORE.contains(before) || next.equals("for")
            || Character.isDigit(next.isEmpty() ? 'x' : next.charAt(0))
            ? PaymentMethod.CHEQUE : null;
      case "direct":
        return next.equals("debit") ? PaymentMethod.DIRECT_DEBIT : null;
      case "debit":
        return before.equals("direct") || next.equals("direct") ? PaymentMethod.DIRECT_DEBIT : null;
      case "standing":
        return next.equals("order") ? PaymentMethod.TRANSFER : null;
      case "cash":
        return Set.of("flow", "flows", "is", "was", "are", "tight", "short", "crunch", "position",
            "problem", "problems", "reserves").contains(next) ? null : PaymentMethod.CASH;
      case "carte":
        return NOT_A_BANK_CARD.contains(next) ? null : PaymentMethod.CARD;
      case "card":
        return NOT_A_BANK_CARD.contains(before) ? null : PaymentMethod.CARD;
      case "sepa":
        return before.startsWith("vir") ? PaymentMethod.TRANSFER : PaymentMethod.DIRECT_DEBIT;
      case "iban", "swift":
        return null;
      default:
        return WORDS.get(t.text());
    }
  }

  /** "pas par chèque", "not by card", "sans prélèvement". */
  private static boolean ruledOut(List<Token> tokens, int i) {
    int j = i - 1;
    if (j >= 0 && LINKS.contains(tokens.get(j).text())) {
      j--;
    }
    return j >= 0 && NEGATIONS.contains(tokens.get(j).text());
  }
}
