package org.relance.nlu.facts;

import java.util.List;
import java.util.Set;

/**
 * Finds the number of payments a message asks for or offers: "en 3 fois", "4x", "six
 * mensualités", "5 chèques", "in 4 installments", "3 monthly payments", "étaler sur 3 mois", "two
 * halves". A bare count ("en 3", "3 fois") needs a payment word in its clause, so "je vous ai
 * appelé 3 fois" is no plan. "En plusieurs fois", "300 € par mois" and a single payment give null.
 */
final class InstallmentReader {

  /** Units that make a count a number of payments by themselves ("transfers" arrives spelled "transfer", see Vocabulary.corrected). */
  private static final Set<String> PLAN_UNITS = Set.of(
      "x", "mensualites", "mensualite", "echeances", "versements", "paiements", "payments",
      "installments", "instalments", "cheques", "chq", "chqs", "checks", "prelevements", "traites",
      "tranches", "virements", "fractions", "chunks", "parts", "echeance", "goes", "lots", "transfer", "instalment",
      "installment");
  /** Units that need a payment word nearby: "3 fois", "3 times". */
  private static final Set<String> TIMES = Set.of("fois", "times", "foi", "foix");
  private static final Set<String> MODIFIERS = Set.of(
      "monthly", "mensuels", "mensuelles", "equal", "egales", "egaux", "petits", "petites", "small",
      "weekly", "hebdomadaires", "separate", "separes", "successive", "successifs", "successives");
  private static final Set<String> PLAN_CONTEXT = Set.of(
      "payer", "paye", "paie", "paies", "paierai", "payerai", "regler", "regle", "reglerai", "pay",
      "paying", "split", "spread", "etaler", "etale", "echelonner", "echelonne", "echelonnement",
      "plan", "paiement", "payment", "facilite", "facilites", "sans", "frais", "verser", "rembourser",
      "settle", "solder", "possible", "possibilite", "accepter", "acceptez", "faire", "installments",
      "instalments", "mensualites", "versements", "echeances", "chunks", "parts", "payable",
      "payables", "reglable", "€", "$", "£", "euros", "eur", "echeancier", "echeancement", "stretch", "etalement");

  private static final Set<String> EVERY = Set.of("par", "les", "per", "a", "each", "every", "chaque");

  private InstallmentReader() {}

  static Integer read(List<Token> tokens, boolean[] taken) {
    int halves = 0;
    for (Token t : tokens) {
      halves += t.is("moitie") || t.is("half") ? 1 : 0;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (taken[i]) {
        continue;
      }
      int count = countAt(tokens, i);
      if (count >= 2 && count <= 48) {
        return count;
      }
    }
    return halves >= 2 ? Integer.valueOf(2) : null; // "la moitié maintenant, la moitié le 15"
  }

  private static int countAt(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.is("halves") || t.is("moities")) {
      return 2;
    }
    int count = Vocabulary.count(t);
    if (count < 2 || t.is("a") || t.is("an")) {
      return -1;
    }
    int next = i + 1;
    while (next < tokens.size() && (MODIFIERS.contains(tokens.get(next).text()) || tokens.get(next).is("-"))) {
      next++;
    }
    String after = next < tokens.size() ? tokens.get(next).text() : "";
    String before = i > 0 ? tokens.get(i - 1).text() : "";
    if (PLAN_UNITS.contains(after) || (before.equals("x") && !tokens.get(i).spaced())) {
      return after.equals("checks") && !isPaymentClause(tokens, i) ? -1 : count;
    }
    if (TIMES.contains(after)) {
      boolean amountFollows = next + 1 < tokens.size() && tokens.get(next + 1).isNumber();
      boolean inCount = before.equals("en") || before.equals("in");
      return inCount || amountFollows || isPaymentClause(tokens, i) ? count : -1;
    }
    if (next < tokens.size() && after.equals("monthly") ) {
      return count;
    }
    boolean months = Vocabulary.MONTH_UNITS.contains(after);
    boolean spread = months && (before.equals("sur") || before.equals("over") || before.equals("across")
        || before.equals("en"));
    boolean everyMonth = months && (before.equals("pendant") || before.equals("during")
        || before.equals("for"))
        && monthly(tokens);
    boolean bareSplit = (before.equals("en") || before.equals("in") || before.equals("into"))
        && !isUnitOrMoney(after) && isPaymentClause(tokens, i);
    return (spread && isPaymentClause(tokens, i)) || everyMonth || bareSplit ? count : -1;
  }

  /** "par mois", "tous les mois", "per month", "monthly": payments every month. */
  private static boolean monthly(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      String w = tokens.get(i).text();
      String before = tokens.get(i - 1).text();
      if (w.equals("monthly") || w.equals("mensuel") || w.equals("mensuellement")
          || Vocabulary.MONTH_UNITS.contains(w) && EVERY.contains(before)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnitOrMoney(String word) {
    return Vocabulary.isDurationUnit(word) || Vocabulary.OTHER_UNITS.contains(word)
        || Vocabulary.CURRENCY_AFTER.contains(word) || word.equals("k") || word.equals("h")
        || Vocabulary.month(word) != null || word.equals("/") || word.equals("%");
  }

  private static boolean isPaymentClause(List<Token> tokens, int i) {
    int clause = tokens.get(i).clause();
    for (Token t : tokens) {
      if ((t.clause() == clause || Math.abs(t.clause() - clause) == 1) && PLAN_CONTEXT.contains(t.text())) {
        return true;
      }
    }
    return false;
  }
}
