package org.relance.nlu.facts;

import org.relance.limits.InputLimits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the {@link Facts} of a debtor's reply against the day it was received: tokens first, then
 * the dates of the {@link DateGrammar} (their tokens are then no amount nor count), the amounts,
 * the instalment count and the payment method.
 *
 * <p>A date resolves backwards when its clause reports a payment already made ("g payé lundi"),
 * or when it dates a payment ("virement du 13"), or when the message reports one (the
 * classifier's {@code paymentReported} hint, or a clause's own words) and the date's clause does
 * not look ahead ("j'ai payé 300, le reste vendredi" keeps
 * Friday ahead). Dates of something else than a payment (holidays, a call-back, a job, a letter)
 * are left out, and so are the dates of a clause telling of something else done ("je vous ai envoyé
 * les photos mardi") unless their words put them ahead. Dates outside {@link InputLimits#date}'s window
 * (31/12/2099) and amounts over its maximum are left out too, so the debtor is asked again rather than a
 * case refusing them. Stateless and thread-safe.
 */
public final class FactExtractor {

  public Facts extract(String text, LocalDate referenceDate, boolean paymentReported) {
    Objects.requireNonNull(referenceDate, "referenceDate");
    List<Token> tokens = Tokenizer.tokenize(text == null ? "" : text);
    int[] clauseStart = clauseStarts(tokens);
    boolean[] reports = new boolean[clauseStart.length - 1];
    boolean reported = paymentReported;
    for (int c = 0; c < reports.length; c++) {
      reports[c] = ClauseCues.reportsPayment(tokens, clauseStart[c], clauseStart[c + 1]);
      reported |= reports[c];
    }
    Boolean[] pastEvents = new Boolean[reports.length];
    boolean[] taken = new boolean[tokens.size() + 1];
    List<LocalDate> dates = new ArrayList<>(2);
    for (DateGrammar.Mention mention : DateGrammar.find(tokens)) {
      for (int i = mention.start(); i < mention.end(); i++) {
        taken[i] = true;
      }
      int from = clauseStart[mention.clause()];
      int to = clauseStart[mention.clause() + 1];
      if (ClauseCues.datesSomethingElse(tokens, from, to, mention.start(), mention.end(),
          mention.loose(), reports[mention.clause()])) {
        continue;
      }
      if (!mention.expression().ahead() && pastEvent(pastEvents, mention.clause(), tokens, from, to)) {
        continue;
      }
      boolean backward = reports[mention.clause()] || ClauseCues.datesAPayment(tokens, mention.start())
          || (reported && !ClauseCues.looksAhead(tokens, from, to));
      LocalDate date = mention.expression().resolve(referenceDate, backward);
      if (!dates.contains(date) && InputLimits.date(date, referenceDate).isEmpty()) {
        dates.add(date);
      }
    }
    List<BigDecimal> amounts = AmountReader.read(tokens, taken).stream().filter(a -> !InputLimits.tooLarge(a)).toList();
    return new Facts(dates, amounts, InstallmentReader.read(tokens, taken), MethodReader.read(tokens),
        ProceedingsReader.read(text));
  }

  /** Whether clause {@code c} tells of something else done, worked out once per clause. */
  private static boolean pastEvent(Boolean[] known, int c, List<Token> tokens, int from, int to) {
    if (known[c] == null) {
      known[c] = ClauseCues.tellsPastEvent(tokens, from, to);
    }
    return known[c];
  }

  /** The first token of each clause, then the token count: clause c spans [starts[c], starts[c+1]). */
  private static int[] clauseStarts(List<Token> tokens) {
    int clauses = tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).clause() + 1;
    int[] starts = new int[clauses + 1];
    int clause = -1;
    for (int i = 0; i < tokens.size(); i++) {
      while (clause < tokens.get(i).clause()) {
        starts[++clause] = i;
      }
    }
    while (clause < clauses) {
      starts[++clause] = tokens.size();
    }
    return starts;
  }
}
