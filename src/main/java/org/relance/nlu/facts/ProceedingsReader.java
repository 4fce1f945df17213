package org.relance.nlu.facts;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relance.common.CollectiveProceedings;

/**
 * Reads whether a debtor's reply states that they are under collective proceedings
 * (NLU-CONTRACT.md, "Collective proceedings"), and the day the opening judgment was given when the
 * reply names it. A proceeding counts only when stated: the wording must be the proceeding's own
 * ("redressement judiciaire", "en redressement", "into administration", "debt relief order"...,
 * not a tax "redressement", a stock "liquidation", a file "sauvegarde" or "l'administration
 * fiscale"), and nothing in the few words before it in its clause may make it a fear, a
 * hypothesis or a denial ("on risque le redressement", "we may go into administration", "nous ne
 * sommes pas en redressement"). Stateless and thread-safe.
 */
public final class ProceedingsReader {

  /** How many words before a wording are looked at for a fear, a hypothesis or a denial. */
  private static final int LOOK_BACK_WORDS = 6;

  /** Words that make what follows a fear, a hypothesis, a plan or a denial, not a stated proceeding. */
  private static final Set<String> NOT_STATED = Set.of(
      "risque", "risquons", "risquer", "risquent", "risk", "risking", "peur", "crains", "craignons", "crainte",
      "afraid", "fear", "scared", "menace", "menaces", "menacee", "menacees", "threat", "threatened", "eviter",
      "avoid", "avoiding", "si", "if", "unless", "sauf", "pourrait", "pourrions", "pourraient", "pourrais", "peut",
      "may", "might", "could", "would", "va", "vais", "allons", "vont", "going", "will", "bientot", "soon",
      "proche", "close", "near", "verge", "brink", "facing", "heading", "envisage", "envisageons", "considering",
      "finir", "end", "pas", "not", "no", "never", "jamais", "plus", "sortis", "sorti", "sortie", "out", "longer",
      "demander", "demande", "apply", "applying", "possible", "possibly", "probably", "probablement");

  private record Wording(Pattern pattern, CollectiveProceedings kind) {}

  private static final List<Wording> WORDINGS = List.of(
      wording(CollectiveProceedings.SAFEGUARD, "(procedure|plan|periode) de sauvegarde", "sauvegarde (judiciaire|acceleree)",
          "(en|sous) sauvegarde\\b(?! (de|des|du|d.)\\b)", "safeguard (proceedings|procedure)"),
      wording(CollectiveProceedings.REORGANISATION, "redressement judiciaire", "\\ben redressement\\b(?! (fiscal|urssaf))",
          "\\ben rj\\b", "procedure de redressement"),
      wording(CollectiveProceedings.LIQUIDATION, "liquidation judiciaire", "\\ben liquidation\\b",
          "\\bliquidateurs?\\b", "\\b(in|into|entered|gone) (compulsory |voluntary |creditors'? voluntary )?liquidation\\b",
          "\\bliquidators?\\b", "\\bwound up\\b", "winding[- ]up order", "liquidation proceedings"),
      wording(CollectiveProceedings.ADMINISTRATION, "\\b(in|into|entered|under) administration\\b",
          "\\badministrators? (have |has |were |was )?(been )?appointed", "\\bappointed (joint )?administrators?",
          "\\bthe (joint )?administrators? (will|are|is|have|has)\\b",
          "administration order", "receivership", "\\breceivers? (has |have )?(been )?appointed"),
      wording(CollectiveProceedings.OVER_INDEBTEDNESS, "sur-?endettement", "dossier (a ete |est )?(declare )?recevable",
          "\\biva\\b", "individual voluntary arrangement", "debt relief order"));

  private static final Pattern WORD = Pattern.compile("[a-z0-9']+");

  /** Where a clause ends: punctuation, or a conjunction that starts another thought. */
  private static final Pattern CLAUSE_END = Pattern.compile("[,;.!?:\\n]|\\b(mais|but|et|and)\\b");

  private ProceedingsReader() {}

  /** The proceedings {@code text} states the debtor is under, or null. */
  public static CollectiveProceedings read(String text) {
    String plain = plain(text);
    int first = Integer.MAX_VALUE;
    CollectiveProceedings kind = null;
    for (Wording wording : WORDINGS) {
      Matcher m = wording.pattern().matcher(plain);
      while (m.find()) {
        if (m.start() < first && stated(plain, m.start())) {
          first = m.start();
          kind = wording.kind();
        }
      }
    }
    return kind;
  }

  /**
   * The day of the opening judgment named in a reply received on {@code receivedOn} ("depuis le 2
   * décembre", "on 20 November"): the first date it names, taken in the past; null when it names none.
   */
  public static LocalDate judgmentDate(String text, LocalDate receivedOn) {
    List<DateGrammar.Mention> mentions = DateGrammar.find(Tokenizer.tokenize(text == null ? "" : text));
    return mentions.isEmpty() ? null : mentions.get(0).expression().resolve(receivedOn, true);
  }

  /** Whether the wording at {@code start} is stated, not feared, supposed or denied in the words before it. */
  private static boolean stated(String plain, int start) {
    String before = plain.substring(0, start);
    Matcher end = CLAUSE_END.matcher(before);
    int clauseStart = 0;
    while (end.find()) {
      clauseStart = end.end();
    }
    List<String> words = WORD.matcher(before.substring(clauseStart)).results().map(java.util.regex.MatchResult::group)
        .map(w -> w.contains("'") ? w.substring(w.indexOf('\'') + 1) : w).toList();
    return words.subList(Math.max(0, words.size() - LOOK_BACK_WORDS), words.size()).stream()
        .noneMatch(NOT_STATED::contains);
  }

  /** Lower case, without accents, with typographic apostrophes made plain. */
  private static String plain(String text) {
    String lower = (text == null ? "" : text).toLowerCase(Locale.ROOT).replace('’', '\'');
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  private static Wording wording(CollectiveProceedings kind, String... patterns) {
    return new Wording(Pattern.compile(String.join("|", patterns)), kind);
  }
}
