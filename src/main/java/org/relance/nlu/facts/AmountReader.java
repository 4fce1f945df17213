package org.relance.nlu.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the money amounts of a message in written order: digits with French or English separators
 * ("1 200,50 €", "1.200,50€", "$1,250.00", "€4,800"), thousands ("2k", "1,5k", "10 k€", "2 mille"),
 * and numbers in words ("mille deux cents euros", "two hundred"). A number counts as money when a
 * currency sign or word is next to it, or, bare, when a payment word comes just before it ("je
 * peux verser 300", "acompte de 500"), a rate or a date just after ("300 par mois", "400 lundi") or a date just before ("lundi 700"), or
 * a count of payments before ("6 x 600"). Percentages, counts,
 * durations, dates and identifiers (invoice, cheque and phone numbers) are never amounts.
 */
public final class AmountReader {

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
      "coutent", "tarif", "bill", "charged", "facturez", "factures", "reclamez", "demandez", "mettre", "afford", "manque", "missing", "short", "remise",
      "avoir", "credit", "prelevement", "debit", "faire", "fais", "ferai", "do", "offer", "propose",
      "proposer");
  private static final Set<String> IDENTIFIER_BEFORE = Set.of(
      "n", "no", "num", "numero", "nr", "#", "°", "ref", "reference", "facture", "invoice", "cheque",
      "chq", "check", "dossier", "commande", "order", "tel", "telephone", "phone", "fac", "fact",
      "inv", "siret", "siren", "contrat", "client", "compte", "account", "iban", "bic", "code",
      "bon", "devis", "quote", "avoir", "ligne", "mobile", "portable", "virement", "-", "+", "postal",
      "cp", "rue", "lot", "page", "chambre", "room", "appartement", "apt", "bureau", "porte",
      "batiment", "bat", "ext", "poste", "vol", "flight", "train", "bus", "age", "/");
  /** Money nouns after a bare number: "the 50 fee", "40 de frais". */
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
  private static final Set<String> PERCENT = Set.of("%", "pourcent", "percent", "pct", "pourcents");
  private static final Set<String> DATE_LINKS = Set.of("by", "on", "before", "until", "avant", "d",
      "ici", "pour", "for", "au", "plus", "tard", "jusqu", "des", "from", "a", "the");
  private static final Set<String> THOUSAND = Set.of("k", "mille", "thousand", "ke", "keur", "keuros");

  private AmountReader() {}

  /** The amounts, skipping the tokens {@code taken} by dates. */
  public static List<BigDecimal> read(List<Token> tokens, boolean[] taken) {
    List<BigDecimal> amounts = new ArrayList<>(2);
    int i = 0;
    while (i < tokens.size()) {
      int next = readAt(tokens, taken, i, amounts);
      i = next > i ? next : i + 1;
    }
    return amounts;
  }

  private static int readAt(List<Token> tokens, boolean[] taken, int i, List<BigDecimal> out) {
    Token token = tokens.get(i);
    boolean prefix = Vocabulary.CURRENCY_BEFORE.contains(token.text()) && i + 1 < tokens.size()
        && tokens.get(i + 1).isNumber();
    int start = prefix ? i + 1 : i;
    if (taken[start]) {
      return i + 1;
    }
    BigDecimal value;
    int end;
    boolean inWords = false;
    if (tokens.get(start).isNumber()) {
      end = start + 1;
      value = parseNumber(tokens.get(start).text());
      while (value != null && end < tokens.size() && isThousandsGroup(tokens, start, end)) {
        value = value.multiply(BigDecimal.valueOf(1000)).add(parseNumber(tokens.get(end).text()));
        end++;
      }
    } else {
      NumberWords.Reading reading = NumberWords.read(tokens, start);
      if (reading == null) {
        return i + 1;
      }
      inWords = true;
      value = BigDecimal.valueOf(reading.value());
      end = reading.end();
    }
    if (value == null || value.signum() <= 0) {
      return end;
    }
    boolean thousand = end < tokens.size() && THOUSAND.contains(tokens.get(end).text());
    if (thousand) {
      value = value.multiply(BigDecimal.valueOf(1000));
      end++;
      if (end < tokens.size() && !tokens.get(end).spaced() && isDigits(tokens.get(end).text())
          && tokens.get(end).text().length() <= 3) { // "1k2" is 1 200, "2k50" 2 500
        String hundreds = (tokens.get(end).text() + "00").substring(0, 3);
        value = value.add(new BigDecimal(hundreds));
        end++;
      }
    }
    if (end < tokens.size() && PERCENT.contains(tokens.get(end).text())
        || end + 1 < tokens.size() && tokens.get(end).is("pour") && tokens.get(end + 1).is("cent")) {
      return end + 1;
    }
    boolean suffix = !prefix && end < tokens.size() && Vocabulary.CURRENCY_AFTER.contains(tokens.get(end).text());
    if (suffix) {
      end++;
    }
    boolean money = prefix || suffix || (thousand && !inWords)
        || (isBareAmount(tokens, start, end, inWords, value) && (paymentWordBefore(tokens, start)
            || rateAfter(tokens, end) || dateAfter(tokens, taken, end) || (start > 0 && taken[start - 1] && !isYear(value))
            || (end < tokens.size() && MONEY_AFTER.contains(tokens.get(end).text())) || timesBefore(tokens, start) || articleBefore(tokens, start, value)
            || addedToMoney(tokens, end) || paidAfter(tokens, end) || standsAlone(tokens, end, value)));
    if (money) {
      BigDecimal plain = value.stripTrailingZeros();
      out.add(plain.scale() < 0 ? plain.setScale(0) : plain);
    }
    return end;
  }

  /** A bare number: no unit after it, no identifier word before it, not a code nor a small count. */
  private static boolean isBareAmount(List<Token> tokens, int start, int end, boolean inWords, BigDecimal value) {
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
        || start > 1 && Set.of("number", "numero", "reference", "ref").contains(tokens.get(start - 2).text());
    if (numberBeside) {
      return false; // "06 12 34 56 78", "2026-0456", "the number is 4471": a phone or invoice number
    }
    if (start > 0 && (IDENTIFIER_BEFORE.contains(tokens.get(start - 1).text())
        || tokens.get(start - 1).isWord() && !tokens.get(start).spaced())) {
      return false; // "facture 1234", "n° 56", "F2026"
    }
    String digits = tokens.get(start).text();
    boolean code = !inWords && isDigits(digits) && (digits.length() > 7
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

  private static boolean isYear(BigDecimal value) {
    return value.scale() <= 0 && value.compareTo(BigDecimal.valueOf(1900)) >= 0
        && value.compareTo(BigDecimal.valueOf(2100)) < 0;
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

  /** "300 réglés vendredi", "200 en liquide", "500 par virement": a payment word right after. */
  private static boolean paidAfter(List<Token> tokens, int end) {
    int at = end < tokens.size() && Set.of("en", "par", "by", "in", "via").contains(tokens.get(end).text())
        ? end + 1 : end;
    return at < tokens.size() && (PAID_AFTER.contains(tokens.get(at).text())
        || MethodReader.methodAt(tokens, at) != null);
  }

  /** "350 + 150 €", "300 et 200 €": a bare number joined to a sum in a currency. */
  private static boolean addedToMoney(List<Token> tokens, int end) {
    return end + 2 < tokens.size() && Set.of("+", "et", "and", "ou", "or", "puis", "then")
        .contains(tokens.get(end).text()) && tokens.get(end + 1).isNumber()
        && Vocabulary.CURRENCY_AFTER.contains(tokens.get(end + 2).text());
  }

  /** "les 1500", "the 900": a round sum the reader already knows of. */
  private static boolean articleBefore(List<Token> tokens, int start, BigDecimal value) {
    return start > 0 && (tokens.get(start - 1).is("les") || tokens.get(start - 1).is("the")
        || tokens.get(start - 1).is("ces")) && value.compareTo(BigDecimal.valueOf(50)) >= 0;
  }

  /** "6 x 600", "3 fois 400": the amount of each of a counted number of payments. */
  private static boolean timesBefore(List<Token> tokens, int start) {
    return start >= 2 && (tokens.get(start - 1).is("x") || tokens.get(start - 1).is("fois")
        || tokens.get(start - 1).is("times")) && Vocabulary.count(tokens.get(start - 2)) > 1;
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

  /** "1 200" or "10 000,50": a spaced group of exactly three digits after a short leading number. */
  private static boolean isThousandsGroup(List<Token> tokens, int start, int at) {
    Token first = tokens.get(start);
    Token group = tokens.get(at);
    if (!group.isNumber() || !group.spaced() || first.text().length() > 3 || !isDigits(first.text())) {
      return false;
    }
    for (int k = start + 1; k < at; k++) {
      if (!isDigits(tokens.get(k).text())) {
        return false;
      }
    }
    String g = group.text();
    int sep = Math.max(g.indexOf(','), g.indexOf('.'));
    String integer = sep < 0 ? g : g.substring(0, sep);
    return integer.length() == 3 && isDigits(integer) && (sep < 0 || g.length() - sep - 1 <= 2);
  }

  private static boolean isDigits(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /**
   * "1.200,50" and "1,250.00" (the last separator is the decimal one when both appear), "4,800"
   * and "1.200" (one separator before exactly three digits: thousands), "1,5" and "12.50" (decimal).
   */
  static BigDecimal parseNumber(String text) {
    int lastDot = text.lastIndexOf('.');
    int lastComma = text.lastIndexOf(',');
    String normalized;
    if (lastDot >= 0 && lastComma >= 0) {
      char decimal = lastDot > lastComma ? '.' : ',';
      char grouping = decimal == '.' ? ',' : '.';
      normalized = text.replace(String.valueOf(grouping), "").replace(decimal, '.');
    } else if (lastDot >= 0 || lastComma >= 0) {
      char sep = lastDot >= 0 ? '.' : ',';
      int last = Math.max(lastDot, lastComma);
      boolean several = text.indexOf(sep) != last;
      boolean thousands = several || (text.length() - last - 1 == 3 && !text.startsWith("0" + sep));
      normalized = thousands ? text.replace(String.valueOf(sep), "") : text.replace(sep, '.');
    } else {
      normalized = text;
    }
    try {
      return new BigDecimal(normalized);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
