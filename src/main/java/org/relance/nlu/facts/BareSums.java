package org.relance.nlu.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a number written without a currency is a sum of money. It is when it is no
 * code nor count (no unit after it, no "n°" or invoice word just before it, not in a row of numbers
 * like a phone number) and a payment word comes just before it ("je peux verser 300", "acompte de
 * 500"), a rate, a date or a payment word just after ("300 par mois", "400 lundi", "300 réglés"),
 * a date just before ("lundi 700"), a count of payments before ("6 x 600"), an article ("les
 * 1500"), or, for 50 or more in a message about money, nothing but a small word after it.
 */
final class BareSums {

  private static final Set<String> MONEY_CONTEXT = Set.of(
      "payer", "paye", "paie", "paies", "paient", "paierai", "payerai", "paierais", "payerais", "pay",
      "paid", "paying", "regle", "regler", "reglerai", "reglerais", "verse", "verser", "verserai",
      "versement", "virer", "vire", "virerai", "virement", "vir", "envoie", "envoyer", "envoye",
      "enverrai", "send", "sent", "sending", "transfer", "transferred", "wire", "wired", "acompte",
      "montant", "somme", "total", "reste", "restant", "solde", "amount", "balance", "deposit",
      "cheque", "cheques", "chq", "mensualite", "mensualites", "echeance", "echeances", "installment",
      "installments", "instalment", "instalments", "payment", "payments", "paiement", "paiements",
      "doit", "dois", "devons", "owe", "owes", "owed", "due", "facture", "invoice", "rembourser",
      "avance", "donner", "give", "frais", "fee", "fees", "penalite", "penalites", "penalty",
      "indemnite", "interets", "interest", "devis", "quote", "prix", "price", "cost", "coute",
      "coutent", "tarif", "bill", "charged", "facturez", "factures", "reclamez", "demandez", "mettre",
      "afford", "manque", "missing", "short", "remise",
      "avoir", "credit", "prelevement", "debit", "faire", "fais", "ferai", "do", "offer", "propose",
      "proposer");
  private static final Set<String> IDENTIFIER_BEFORE = Set.of(
      "n", "no", "num", "numero", "nr", "#", "°", "ref", "reference", "facture", "invoice", "cheque",
      "chq", "check", "dossier", "commande", "order", "tel", "telephone", "phone", "fac", "fact",
      "inv", "siret", "siren", "contrat", "client", "compte", "account", "iban", "bic", "code",
      "bon", "devis", "quote", "avoir", "ligne", "mobile", "portable", "virement", "-", "+", "postal",
      "cp", "rue", "lot", "page", "chambre", "room", "appartement", "apt", "bureau", "porte",
      "batiment", "bat", "ext", "poste", "vol", "flight", "train", "bus", "age", "/");
  /** Words after a sum: "the 50 fee", "40 de frais", "200 maintenant". */
  private static final Set<String> MONEY_AFTER = Set.of("fee", "fees", "frais", "penalty", "penalties",
      "charge", "charges", "deposit", "acompte", "remise", "discount", "maintenant", "now",
      "immediatement", "immediately", "comptant", "upfront", "cette", "this");
  private static final Set<String> PAID_AFTER = Set.of("regle", "regles", "reglee", "reglees", "paye",
      "payes", "payee", "payees", "verse", "verses", "versee", "vire", "vires", "viree", "envoye",
      "envoyes", "paid", "sent", "transferred", "wired", "deja", "already");
  private static final Set<String> SMALL_WORDS_AFTER = Set.of("le", "la", "les", "et", "ou", "en",
      "par", "pour", "a", "de", "d", "du", "au", "ce", "cette", "maintenant", "now", "today", "this",
      "next", "by", "on", "in", "before", "avant", "plus", "jusqu", "tout", "svp", "stp", "please",
      "ok", "and", "or", "then", "puis", "right", "asap", "des", "sans", "direct", "comptant",
      "ca", "cela", "c", "si", "if", "sinon", "pas", "not", "only", "seulement", "que", "tonight",
      "tomorrow", "demain", "aujourd", "hier", "yesterday", "dici", "vers", "around", "to");
  private static final Set<String> LIMITS = Set.of("max", "maxi", "maximum", "mini", "minimum",
      "environ", "about", "tops", "min");
  private static final Set<String> RATE_AFTER = Set.of("par", "per", "/", "chaque", "each", "every",
      "mensuel", "mensuels", "monthly", "a", "le");
  private static final Set<String> DATE_LINKS = Set.of("by", "on", "before", "until", "avant", "d",
      "ici", "pour", "for", "au", "plus", "tard", "jusqu", "des", "from", "a", "the");

  /** "the number is 4471", "numéro de facture : 2291". */
  private static final Set<String> NUMBER_WORDS = Set.of("number", "numero", "reference", "ref");

  private BareSums() {}

  /** Whether the number from {@code start} to {@code end} (excluded), worth {@code value}, is a sum. */
  static boolean isMoney(List<Token> tokens, boolean[] taken, int start, int end, boolean inWords,
      BigDecimal value) {
    return isBareAmount(tokens, start, end, inWords, value) && (paymentWordBefore(tokens, start)
        || rateAfter(tokens, end) || dateAfter(tokens, taken, end)
        || (start > 0 && taken[start - 1] && !isYear(value))
        || (end < tokens.size() && MONEY_AFTER.contains(tokens.get(end).text()))
        || timesBefore(tokens, start) || articleBefore(tokens, start, value)
        || addedToMoney(tokens, end) || paidAfter(tokens, end) || standsAlone(tokens, end, value));
  }

  /** A bare number: no unit after it, no identifier word before it, not a code nor a small count. */
  private static boolean isBareAmount(List<Token> tokens, int start, int end, boolean inWords,
      BigDecimal value) {
    if (end < tokens.size()) {
      String after = tokens.get(end).text();
      boolean dayOfMonth = value.compareTo(BigDecimal.valueOf(31)) <= 0 && tokens.get(end).month() != null;
      if (Vocabulary.isDurationUnit(after) || Vocabulary.OTHER_UNITS.contains(after)
          || after.equals(":") || dayOfMonth) {
        return false;
      }
    }
    boolean numberBeside = start > 0 && tokens.get(start - 1).isNumber()
        || end < tokens.size() && tokens.get(end).isNumber()
        || end + 1 < tokens.size() && tokens.get(end).is("-") && tokens.get(end + 1).isNumber()
        || start > 1 && NUMBER_WORDS.contains(tokens.get(start - 2).text());
    if (numberBeside) {
      return false; // "06 12 34 56 78", "2026-0456", "the number is 4471": a phone or invoice number
    }
    if (start > 0 && (IDENTIFIER_BEFORE.contains(tokens.get(start - 1).text())
        || tokens.get(start - 1).isWord() && !tokens.get(start).spaced())) {
      return false; // "facture 1234", "n° 56", "F2026"
    }
    String digits = tokens.get(start).text();
    boolean code = !inWords && AmountReader.isDigits(digits) && (digits.length() > 7
        || digits.length() > 1 && digits.charAt(0) == '0');
    return !code && value.compareTo(BigDecimal.valueOf(inWords ? 100 : 10)) >= 0;
  }

  private static boolean paymentWordBefore(List<Token> tokens, int start) {
    int clause = tokens.get(start).clause();
    for (int j = start - 1; j >= Math.max(0, start - 4); j--) {
      Token t = tokens.get(j);
      if (t.clause() != clause || t.kind() == Token.Kind.BOUNDARY) {
        return false;
      }
      if (MONEY_CONTEXT.contains(t.text())) {
        return true;
      }
    }
    return false;
  }

  /** "300 par mois", "500 maxi par mois", "200 monthly"; "1500 en 3 fois": a sum paid in parts. */
  private static boolean rateAfter(List<Token> tokens, int end) {
    int at = end < tokens.size() && LIMITS.contains(tokens.get(end).text()) ? end + 1 : end;
    boolean rate = at + 1 < tokens.size() && RATE_AFTER.contains(tokens.get(at).text())
        && Vocabulary.MONTH_UNITS.contains(tokens.get(at + 1).text())
        || at < tokens.size() && (tokens.get(at).is("mensuel") || tokens.get(at).is("monthly"));
    boolean inParts = at + 1 < tokens.size() && (tokens.get(at).is("en") || tokens.get(at).is("in"))
        && Vocabulary.count(tokens.get(at + 1)) > 1;
    return rate || inParts;
  }

  /** "400 lundi", "900 by the end of January": a date right after, maybe behind a preposition. */
  private static boolean dateAfter(List<Token> tokens, boolean[] taken, int end) {
    for (int k = end; k < Math.min(tokens.size(), end + 3); k++) {
      if (taken[k]) {
        return true;
      }
      if (!DATE_LINKS.contains(tokens.get(k).text())) {
        return false;
      }
    }
    return false;
  }

  /** "6 x 600", "3 fois 400": the amount of each of a counted number of payments. */
  private static boolean timesBefore(List<Token> tokens, int start) {
    return start >= 2 && (tokens.get(start - 1).is("x") || tokens.get(start - 1).is("fois")
        || tokens.get(start - 1).is("times")) && Vocabulary.count(tokens.get(start - 2)) > 1;
  }

  /** "les 1500", "the 900": a round sum the reader already knows of. */
  private static boolean articleBefore(List<Token> tokens, int start, BigDecimal value) {
    return start > 0 && (tokens.get(start - 1).is("les") || tokens.get(start - 1).is("the")
        || tokens.get(start - 1).is("ces")) && value.compareTo(BigDecimal.valueOf(50)) >= 0;
  }

  /** "350 + 150 €", "300 et 200 €": a bare number joined to a sum in a currency. */
  private static boolean addedToMoney(List<Token> tokens, int end) {
    return end + 2 < tokens.size() && Set.of("+", "et", "and", "ou", "or", "puis", "then")
        .contains(tokens.get(end).text()) && tokens.get(end + 1).isNumber()
        && Vocabulary.CURRENCY_AFTER.contains(tokens.get(end + 2).text());
  }

  /** "300 réglés vendredi", "200 en liquide", "500 par virement": a payment word right after. */
  private static boolean paidAfter(List<Token> tokens, int end) {
    int at = end < tokens.size() && Set.of("en", "par", "by", "in", "via").contains(tokens.get(end).text())
        ? end + 1 : end;
    return at < tokens.size() && (PAID_AFTER.contains(tokens.get(at).text())
        || MethodReader.methodAt(tokens, at) != null);
  }

  /**
   * A sum of 50 or more followed by nothing but a small word, in a message about money, as debtors
   * write amounts without a currency ("je vous envoie 300 ce soir"); years and long codes are not.
   */
  private static boolean standsAlone(List<Token> tokens, int end, BigDecimal value) {
    if (value.compareTo(BigDecimal.valueOf(50)) < 0 || isYear(value)
        || value.compareTo(BigDecimal.valueOf(100_000)) >= 0 || !speaksOfMoney(tokens)) {
      return false;
    }
    if (end >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(end);
    return next.kind() == Token.Kind.BOUNDARY || (next.kind() == Token.Kind.SYMBOL && !next.is("%")
        && !next.is("/") && !next.is("-")) || SMALL_WORDS_AFTER.contains(next.text());
  }

  /** Whether any word of the message is about money or paying. */
  private static boolean speaksOfMoney(List<Token> tokens) {
    for (Token t : tokens) {
      if (MONEY_CONTEXT.contains(t.text()) || Vocabulary.CURRENCY_AFTER.contains(t.text())
          || PAID_AFTER.contains(t.text())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isYear(BigDecimal value) {
    return value.scale() <= 0 && value.compareTo(BigDecimal.valueOf(1900)) >= 0
        && value.compareTo(BigDecimal.valueOf(2100)) < 0;
  }
}
