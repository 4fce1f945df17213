package org.relance.nlu.intent;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The grammar a reply's meaning turns on, read from its normalised tokens: whether it speaks of
 * the future ("je vais payer", "le virement partira", "I'll pay", "gonna send it"), of the past
 * ("j'ai payé", "le chèque est parti", "I paid", "we've sent it"), of something not done yet
 * ("pas encore payé", "toujours pas", "haven't paid yet"), of a refusal ("I won't be paying", "je ne
 * paierai pas") or of a condition ("si vous…", "pourriez-vous", "could you", "would you"). Each becomes a feature ({@code g=future}), and
 * when the reply also names a payment, a pairing ({@code g=future_pay}, {@code g=past_pay},
 * {@code g=notyet_pay}): "the cheque will be posted tomorrow" is a promise, "the cheque was
 * posted yesterday" a report, although they share their words. Rules on word endings cover the
 * French future and conditional; a short list covers what they cannot. Being paid oneself ("je suis
 * payé le 30", "I get paid on the 28th", "on est payés le 10") is one's income, not a payment
 * reported: it becomes {@code g=income} and counts as neither past nor a payment. Stateless.
 */
final class TenseCues {

  private static final Set<String> FUTURE_WORDS = Set.of("vais", "va", "allons", "allez", "vont", "will", "shall", "gonna",
      "sera", "seront", "serez", "serai", "aurez", "aura", "auront", "recevrez", "partira", "fera", "ferai", "enverrai",
      "irai", "pourrai", "tomorrow", "demain", "prochain", "prochaine", "next", "soon", "bientot", "asap");
  private static final Set<String> PAST_AUXILIARIES = Set.of("ai", "as", "a", "avons", "avez", "ont", "est", "suis",
      "sommes", "etait", "have", "has", "had", "was", "were", "been");
  /** Words of a thing done; "went", "settled", "done" are left out, as common in "it went out of my head", "settled monday". */
  private static final Set<String> PAST_WORDS = Set.of("paid", "sent", "did", "posted", "wired", "transferred", "gave",
      "handed", "hier", "yesterday", "ago", "dernier", "derniere", "last", "deja", "already");
  private static final Set<String> NOT_YET = Set.of("encore", "yet", "toujours", "still");
  private static final Set<String> NEGATIONS = Set.of("pas", "not", "never", "jamais", "no", "ne", "plus", "rien");
  /** Followed by a negation, they refuse: "I will not pay", "je ne vais pas payer", "I do not intend to". */
  private static final Set<String> REFUSING_VERBS = Set.of("will", "vais", "compte", "intend", "am", "do");
  private static final Set<String> CONDITIONAL_WORDS = Set.of("si", "if", "could", "would", "might", "unless", "sinon",
      "otherwise", "provided");
  /** Word beginnings that name a payment: "paie", "réglé", "virement", "cheque", "settle", "transfer"… */
  private static final List<String> PAYMENT_STEMS = List.of("pai", "pay", "regl", "vir", "chequ", "check", "verse",
      "sold", "settl", "transf", "wire", "money", "argent", "somme", "fund", "prelev", "debit", "rembours");

  /** Before "paid"/"payé", they make it one's own income: "I get paid", "je suis payé", "on est payés". */
  private static final Set<String> INCOME_AUXILIARIES = Set.of("get", "gets", "getting", "am", "suis", "sommes");
  /** "est payé" is income only after "on" ("on est payés le 10"); "c'est payé" reports a payment. */
  private static final Set<String> INCOME_SUBJECTS = Set.of("on", "nous", "we", "i");

  private TenseCues() {}

  /** The grammar features of {@code tokens}, in a fixed order. */
  static Set<String> features(List<String> tokens) {
    boolean future = false;
    boolean past = false;
    boolean notYet = false;
    boolean negated = false;
    boolean conditional = false;
    boolean refused = false;
    boolean payment = false;
    boolean income = false;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (isIncome(tokens, i)) {
        income = true;
        i++;
        continue;
      }
      future |= FUTURE_WORDS.contains(token) || isFrenchFuture(token);
      conditional |= CONDITIONAL_WORDS.contains(token) || isFrenchConditional(token);
      past |= PAST_WORDS.contains(token) || isPerfect(tokens, i) || isEnglishPast(token);
      negated |= NEGATIONS.contains(token);
      notYet |= NOT_YET.contains(token) && negationNear(tokens, i);
      payment |= isPayment(token);
      refused |= i + 1 < tokens.size() && NEGATIONS.contains(tokens.get(i + 1)) && REFUSING_VERBS.contains(token)
          || i > 0 && NEGATIONS.contains(tokens.get(i - 1)) && isFrenchFuture(token);
    }
    Set<String> features = new LinkedHashSet<>();
    add(features, future, "future", payment);
    add(features, past && !notYet, "past", payment);
    add(features, notYet, "notyet", payment);
    add(features, negated, "neg", false);
    add(features, conditional, "cond", payment);
    add(features, refused, "refuse", payment);
    add(features, income, "income", false);
    if (future && !past) {
      features.add("g=future_only");
    } else if (past && !future && !notYet) {
      features.add("g=past_only");
    }
    return features;
  }

  /** "get paid", "am paid", "suis payée", "on est payés", "we are paid": {@code i} is the auxiliary. */
  private static boolean isIncome(List<String> tokens, int i) {
    if (i + 1 >= tokens.size() || !tokens.get(i + 1).startsWith("paid") && !tokens.get(i + 1).startsWith("paye")) {
      return false;
    }
    String auxiliary = tokens.get(i);
    return INCOME_AUXILIARIES.contains(auxiliary)
        || (auxiliary.equals("est") || auxiliary.equals("are")) && i > 0 && INCOME_SUBJECTS.contains(tokens.get(i - 1));
  }

  private static void add(Set<String> features, boolean present, String name, boolean payment) {
    if (present) {
      features.add("g=" + name);
      if (payment) {
        features.add("g=" + name + "_pay");
      }
    }
  }

  /** A negation up to three words before ("have not paid yet", "pas encore") or just after ("toujours pas"). */
  private static boolean negationNear(List<String> tokens, int i) {
    for (int k = Math.max(0, i - 3); k <= Math.min(tokens.size() - 1, i + 1); k++) {
      if (k != i && NEGATIONS.contains(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** "paierai", "réglerons", "enverront", "recevrez": the French future's endings. */
  private static boolean isFrenchFuture(String token) {
    return token.length() > 5 && (token.endsWith("erai") || token.endsWith("irai") || token.endsWith("errai")
        || token.endsWith("erons") || token.endsWith("eront") || token.endsWith("erez") && !token.endsWith("serez")
        || token.endsWith("rrez"));
  }

  /** "pourriez", "voudrais", "accepteriez", "serait": the French conditional's endings. */
  private static boolean isFrenchConditional(String token) {
    return token.length() > 5 && (token.endsWith("rais") || token.endsWith("rait") || token.endsWith("riez")
        || token.endsWith("rions") || token.endsWith("raient"));
  }

  /** An auxiliary followed within three words by a participle: "j'ai (pas encore) payé", "I have sent". */
  private static boolean isPerfect(List<String> tokens, int i) {
    if (!PAST_AUXILIARIES.contains(tokens.get(i))) {
      return false;
    }
    for (int k = i + 1; k <= Math.min(i + 3, tokens.size() - 1); k++) {
      String next = tokens.get(k);
      if (next.length() > 3 && (next.endsWith("e") || next.endsWith("es") || next.endsWith("i") || next.endsWith("u")
          || next.endsWith("is") || next.endsWith("it") || next.endsWith("ed")) && !next.endsWith("re")) {
        return true;
      }
    }
    return false;
  }

  /** "processed", "transferred"; not "settled" nor "cleared", which as often say what will be. */
  private static boolean isEnglishPast(String token) {
    return token.length() > 4 && token.endsWith("ed") && !token.endsWith("eed") && !token.equals("settled") && !token.equals("cleared");
  }

  private static boolean isPayment(String token) {
    for (String stem : PAYMENT_STEMS) {
      if (token.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }
}
