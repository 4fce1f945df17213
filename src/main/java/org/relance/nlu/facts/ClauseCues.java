package org.relance.nlu.facts;

import java.util.List;
import java.util.Set;

/**
 * What the words around a date say about it: whether its clause reports a payment already made
 * ("j'ai payé", "g payé", "virement fait", "paid it", "sent the cheque") or looks ahead ("je
 * paierai", "will", "le reste"), and whether the date belongs to something other than a payment
 * (a holiday, a call-back, a past job, the date of an invoice or a letter, a greeting such as
 * "bon week-end").
 */
final class ClauseCues {

  /** Participles that report a payment, folded; with an accent or after an auxiliary they are past. */
  private static final Set<String> PARTICIPLES = Set.of(
      "paye", "payee", "payes", "regle", "reglee", "regles", "vire", "viree", "vires", "virees",
      "envoye", "envoyee",
      "poste", "postee", "effectue", "effectuee", "verse", "versee", "depose", "deposee", "emis",
      "transfere", "expedie", "expediee", "fait", "faite", "parti", "partie", "passe", "passee",
      "donne", "mis", "lance", "lancee", "execute", "valide", "solde", "soldee", "acquitte", "laisse",
      "laissee", "remis", "confie");
  /** Participles that are past even without an accent or an auxiliary. */
  private static final Set<String> PLAIN_PAST = Set.of(
      "effectue", "effectuee", "envoye", "envoyee", "emis", "parti", "partie", "expedie", "expediee",
      "transfere", "acquitte", "went", "paid", "sent", "posted", "mailed", "wired",
      "transferred", "settled", "cleared", "processed", "issued", "already", "deja");
  /** Verbs of sending, which say nothing of what was sent. */
  private static final Set<String> SENDING = Set.of("envoie", "envoyer", "envoye", "enverrai", "send",
      "sent");
  /**
   * Participles that report a payment by themselves; the others ("envoyé", "fait", "sent") need a
   * payment word or "it".
   */
  private static final Set<String> PAID = Set.of("paye", "payee", "payes", "regle", "reglee", "regles",
      "vire", "viree", "vires", "virees", "verse", "versee", "paid", "wired", "transferred", "settled", "acquitte",
      "solde", "soldee", "transfere");
  /**
   * Past words that report a payment only next to a payment word: "virement fait", not "ça fait 8
   * jours".
   */
  private static final Set<String> WEAK_PAST = Set.of("fait", "faite", "made", "did", "done");
  private static final Set<String> AUXILIARIES = Set.of(
      "ai", "g", "jai", "a", "as", "avons", "avez", "ont", "est", "c", "deja", "bien", "ete",
      "etait", "jviens", "viens", "vient", "venons", "have", "has", "had", "been", "je");
  private static final Set<String> FUTURE = Set.of(
      "vais", "va", "vas", "allons", "irai", "paierai", "payerai", "reglerai", "ferai", "enverrai",
      "verserai", "virerai", "pourrai", "pourrais", "peux", "peut", "pouvons", "compte", "prevois",
      "prevu", "prevue", "programme", "programmee", "sera", "seront", "serez", "serai", "will", "ll",
      "going", "gonna", "shall", "can", "could", "would", "plan", "planning", "intend", "reste",
      "remaining", "rest", "prochain", "prochaine", "next", "partira", "recevrez", "aurez",
      "propose", "dois", "doit", "essaie", "essaye", "try", "promets", "promise", "engage", "souhaite",
      "voudrais", "veux", "want", "wanna", "pay", "payer", "regler", "faire", "envoyer", "verser",
      "paie", "paies", "fais", "envoie", "envoies", "transmets", "finis", "finirai", "terminerai",
      "completerai", "solderai");
  private static final Set<String> ELSEWHERE = Set.of(
      "vacances", "vacance", "fuite", "panne", "leak", "conge", "conges", "absent", "absente", "absence",
      "holiday",
      "holidays", "vacation", "ferme", "fermee", "fermeture", "closed", "hopital", "hospital",
      "malade", "sick", "retour", "rentre", "rentrerai", "back", "appel", "appeler", "appelez",
      "appelle", "appellerai", "rappel", "rappeler", "rappelez", "rappelle", "rappellerai", "call",
      "ring", "phone", "telephone", "joindre", "joignable", "reach", "rdv", "rendez", "meeting",
      "reunion", "disponible", "dispo", "available", "chantier", "travaux", "intervention",
      "prestation", "livraison", "livre", "livree", "delivered", "delivery", "job", "work", "travail",
      "installe", "installation", "reparation", "venu", "venus", "venue", "came", "visite", "recu",
      "recue", "received", "got", "arret", "hospitalise", "operation", "deces", "enterrement",
      "recevoir", "recevrez", "recevra", "receive", "receiving", "reception", "compta", "comptable",
      "comptabilite", "valide", "validation", "accountant", "accounts", "approval", "approve",
      "left", "quitte", "quit", "away", "abroad", "deplacement", "voyage", "travelling", "traveling",
      "trip", "flow", "cashflow", "tresorerie", "repondu", "reponse", "repondre", "answered",
      "replied", "mail", "email", "emailed", "appele", "appelee", "spoke", "parle", "discussed",
      "talked", "ecrit", "wrote", "vol", "flight", "born", "anniversaire", "birthday",
      "redressement", "liquidation", "chomage", "contacter", "contacted", "contactez", "contact",
      "arrive", "arrivera", "arriver", "arrives", "arrival", "technicien", "technician", "plombier",
      "plumber", "electricien", "electrician", "ouvrier", "artisan", "builder", "installer", "talk",
      "speak", "discuss", "discuter", "parler", "chat", "meet", "voir", "rencontrer");
  private static final Set<String> PAYMENT = Set.of(
      "payer", "paye", "paie", "paies", "paient", "paierai", "payerai", "pay", "paid", "paying",
      "regle", "regler", "reglerai", "reglement", "verse", "verser", "verserai", "versement", "virer",
      "vire", "virerai", "virement", "vir", "envoie", "envoyer", "envoye", "enverrai", "send", "sent",
      "transfer", "transferred", "wire", "wired", "cheque", "chq", "check", "paiement", "payment",
      "prelevement", "acompte", "solde", "settle", "settled", "especes", "cash", "cb", "carte",
      "card", "facture", "invoice");
  /** Nouns whose own date a "du 15" / "of the 15th" names (an invoice, a letter, a job). */
  private static final Set<String> DATED_THINGS = Set.of(
      "facture", "factures", "invoice", "invoices", "relance", "courrier", "lettre", "letter", "mail",
      "email", "message", "sms", "commande", "order", "livraison", "prestation", "intervention",
      "chantier", "devis", "quote", "contrat", "avoir", "bon", "rdv", "visite", "reminder");
  private static final Set<String> NEGATIONS = Set.of("pas", "jamais", "not", "never", "didn", "haven",
      "hasn", "nt");
  private static final Set<String> PASSIVE = Set.of("suis", "sommes", "serai", "serons", "get", "gets",
      "getting");
  private static final Set<String> PAYMENT_NOUNS = Set.of("virement", "vir", "paiement", "reglement",
      "versement", "cheque", "chq", "transfer", "payment", "remittance", "prelevement");
  /** Before "paye" as a noun: "jour de paye", "ma paye". */
  private static final Set<String> DETERMINERS = Set.of("de", "la", "ma", "sa", "ta", "une", "votre",
      "notre", "leur");
  private static final Set<String> DATED_BY = Set.of("du", "of", "from", "dated", "datee", "date");
  private static final Set<String> GREETINGS = Set.of(
      "bon", "bonne", "nice", "good", "great", "excellent", "agreable", "happy", "enjoy", "lovely");

  private ClauseCues() {}

  /**
   * Whether the clause of tokens {@code from} to {@code to} (excluded) reports a payment made: a
   * participle of paying ("payé", "viré", "paid"), or another past word next to a payment word
   * or "it" ("chèque posté", "virement fait", "sent it"), and nothing that looks ahead.
   */
  static boolean reportsPayment(List<Token> tokens, int from, int to) {
    boolean paid = false;
    boolean past = false;
    boolean payment = false;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      payment |= Vocabulary.CURRENCY_AFTER.contains(t.text())
          || Vocabulary.CURRENCY_BEFORE.contains(t.text());
      if (!t.isWord()) {
        continue;
      }
      if (FUTURE.contains(t.text()) && !justDone(tokens, i)) {
        return false;
      }
      boolean participle = isPastParticiple(tokens, i);
      paid |= participle && PAID.contains(t.text()) || itIsDone(tokens, i);
      past |= participle || WEAK_PAST.contains(t.text());
      payment |= PAYMENT.contains(t.text()) && !SENDING.contains(t.text()) || t.is("it") || t.is("l");
    }
    return paid || (past && payment);
  }

  /** Whether the clause of tokens {@code from} to {@code to} (excluded) speaks of the future. */
  static boolean looksAhead(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.isWord() && FUTURE.contains(t.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause tells of something done that is no payment ("je vous ai envoyé les photos
   * mardi", "votre technicien est passé lundi"): a past participle, no payment reported, nothing
   * ahead.
   */
  static boolean tellsPastEvent(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).isWord() && isPastParticiple(tokens, i)) {
        return !reportsPayment(tokens, from, to) && !looksAhead(tokens, from, to);
      }
    }
    return false;
  }

  /** "c'est fait", "c fait", "déjà fait", "it's done": said to a creditor, the payment is made. */
  private static boolean itIsDone(List<Token> tokens, int i) {
    return (tokens.get(i).is("fait") || tokens.get(i).is("done")) && i > 0
        && Set.of("est", "c", "deja", "s", "is", "been", "already").contains(tokens.get(i - 1).text());
  }

  /** "je viens de payer", "on vient de faire le virement": an infinitive that reports. */
  private static boolean justDone(List<Token> tokens, int i) {
    return i >= 2 && tokens.get(i - 1).is("de") && Set.of("viens", "vient", "venons", "venez")
        .contains(tokens.get(i - 2).text()) || i >= 3 && tokens.get(i - 2).is("de")
        && Set.of("viens", "vient", "venons", "venez").contains(tokens.get(i - 3).text());
  }

  private static boolean isPastParticiple(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (justDone(tokens, i)) {
      return true;
    }
    if (!PLAIN_PAST.contains(t.text()) && !PARTICIPLES.contains(t.text()) || paidToTheDebtor(tokens, i)
        || i > 0 && t.is("paye") && DETERMINERS.contains(tokens.get(i - 1).text())) {
      return false;
    }
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (NEGATIONS.contains(tokens.get(j).text()) || PASSIVE.contains(tokens.get(j).text())) {
        return false; // "il ne m'a pas payé", "je suis payé le 5" (a salary)
      }
    }
    if (PLAIN_PAST.contains(t.text()) || t.raw().endsWith("é") || t.raw().endsWith("ée")
        || t.raw().endsWith("és")) {
      return true;
    }
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (AUXILIARIES.contains(tokens.get(j).text()) && !tokens.get(j).is("je")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the date written from {@code start} to {@code end} (excluded), in the clause of tokens
   * {@code from} to {@code to}, is about something else than a payment: a word of holidays,
   * call-backs or work is nearer to it than any payment word, or it dates a document or a greeting,
   * or it is a loose mention ("in December") with no payment word in its clause. In a clause that
   * reports a payment ("j'ai donné 90 € à votre technicien lundi") the payment wins over the
   * other event.
   */
  static boolean datesSomethingElse(List<Token> tokens, int from, int to, int start, int end,
      boolean needsPaymentWord, boolean clauseReportsPayment) {
    int elsewhere = Integer.MAX_VALUE;
    int payment = Integer.MAX_VALUE;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (!t.isWord() || (i >= start && i < end)) {
        continue;
      }
      int distance = i < start ? start - i : i - end + 1;
      if (ELSEWHERE.contains(t.text())) {
        elsewhere = Math.min(elsewhere, distance);
      }
      if (PAYMENT.contains(t.text()) && paidToTheDebtor(tokens, i)) {
        elsewhere = Math.min(elsewhere, distance); // "mon client me paie jeudi"
      } else if (PAYMENT.contains(t.text()) && !negated(tokens, i, from)) {
        boolean purpose = i > from && (tokens.get(i - 1).is("pour") || tokens.get(i - 1).is("to"));
        payment = Math.min(payment, purpose ? 0 : distance); // "je vous appelle demain pour payer"
      }
    }
    boolean noPaymentWord = payment == Integer.MAX_VALUE;
    return (elsewhere < payment && !clauseReportsPayment) || (needsPaymentWord && noPaymentWord)
        || datesAThing(tokens, start) || isGreeting(tokens, start)
        || (payment == Integer.MAX_VALUE && isFarewell(tokens, start, end));
  }

  /** "me paie", "m'a payé", "nous a réglé", "pays me", "paid us": the debtor is the one paid. */
  static boolean paidToTheDebtor(List<Token> tokens, int i) {
    String before = i > 0 ? tokens.get(i - 1).text() : "";
    String twoBefore = i > 1 ? tokens.get(i - 2).text() : "";
    String after = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
    boolean objectBefore = before.equals("me") || before.equals("m") || twoBefore.equals("m")
        || twoBefore.equals("nous") && Set.of("a", "ont").contains(before)
        || before.equals("nous") && Set.of("doit", "doivent", "va", "vont").contains(twoBefore);
    return objectBefore || after.equals("me") || after.equals("us");
  }

  /** "je ne peux pas payer", "I can't pay": a payment word denied. */
  private static boolean negated(List<Token> tokens, int i, int from) {
    for (int j = i - 1; j >= Math.max(from, i - 3); j--) {
      String w = tokens.get(j).text();
      if (NEGATIONS.contains(w) || w.equals("t") || w.equals("cannot") || w.equals("cant")) {
        return true;
      }
    }
    return false;
  }

  /** "virement du 13 novembre", "payment of the 3rd": the date of a payment already made. */
  static boolean datesAPayment(List<Token> tokens, int start) {
    int i = tokens.get(start).is("du") || tokens.get(start).is("of") ? start : start - 1;
    return i > 0 && (tokens.get(i).is("du") || tokens.get(i).is("of"))
        && PAYMENT_NOUNS.contains(tokens.get(i - 1).text());
  }

  /** "la facture du 15 octobre", "your letter of the 3rd", "commande du 12/10". */
  private static boolean datesAThing(List<Token> tokens, int start) {
    int i = start;
    if (!DATED_BY.contains(tokens.get(i).text())) {
      i--;
      if (i < 0 || !DATED_BY.contains(tokens.get(i).text()) && !tokens.get(i).is("de")) {
        return false;
      }
    }
    return i > 0 && DATED_THINGS.contains(tokens.get(i - 1).text());
  }

  /** "à demain", "à lundi", "see you tomorrow": a farewell ending the message. */
  private static boolean isFarewell(List<Token> tokens, int start, int end) {
    boolean last = end == tokens.size() || tokens.subList(end, tokens.size()).stream()
        .allMatch(t -> t.kind() == Token.Kind.BOUNDARY || t.kind() == Token.Kind.SYMBOL);
    boolean bye = start > 0 && tokens.get(start - 1).is("a")
        || start > 1 && tokens.get(start - 2).is("see") && tokens.get(start - 1).is("you");
    return last && bye;
  }

  /** "bon week-end", and a date denied: "pas demain", "not this week". */
  private static boolean isGreeting(List<Token> tokens, int start) {
    String before = start > 0 ? tokens.get(start - 1).text() : "";
    return GREETINGS.contains(before) || before.equals("pas") || before.equals("not");
  }
}
