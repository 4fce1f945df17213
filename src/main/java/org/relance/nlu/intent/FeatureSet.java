package org.relance.nlu.intent;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which features a reply is described by: its words (bag of words), word bigrams, character
 * n-grams of the normalised text (robust to typos and SMS spellings), cue phrases from
 * {@link CueLexicon}, the tense, negation and conditional of {@link TenseCues}, and a length bucket.
 * The shipped classifier uses {@link #SHIPPED}; the others exist for {@code nlu-eval --compare}.
 *
 * @param charMin shortest character n-gram, 0 for none
 * @param grammar whether the {@link TenseCues} features are added
 */
public record FeatureSet(String name, boolean words, boolean bigrams, int charMin, int charMax, boolean cues, boolean grammar) {

  public static final FeatureSet BAG_OF_WORDS = new FeatureSet("bag of words", true, false, 0, 0, false, false);
  public static final FeatureSet WORD_NGRAMS = new FeatureSet("words + bigrams", true, true, 0, 0, false, false);
  public static final FeatureSet CHAR_NGRAMS = new FeatureSet("char 2-5-grams", false, false, 2, 5, false, false);
  public static final FeatureSet WORDS_CHARS = new FeatureSet("words + bigrams + char 3-5", true, true, 3, 5, false, false);
  public static final FeatureSet WORDS_CHAR4_CUES = new FeatureSet("words + bigrams + char 3-4 + cues", true, true, 3, 4, true, false);
  public static final FeatureSet WORDS_CUES_TENSE = new FeatureSet("words + bigrams + cues + tense", true, true, 0, 0, true, true);
  public static final FeatureSet WORDS_CHAR4_CUES_TENSE =
      new FeatureSet("words + bigrams + char 3-4 + cues + tense", true, true, 3, 4, true, true);
  public static final FeatureSet SHIPPED = WORDS_CHAR4_CUES_TENSE;

  /** The prefix of a word feature ({@code w=merci}). */
  static final String WORD_PREFIX = "w=";

  /** Cues that say nothing of what a reply leads with: greetings, thanks, tense. */
  private static final Set<String> NOT_LEADING = Set.of("greeting", "thanks", "past", "future");

  public static List<FeatureSet> all() {
    return List.of(BAG_OF_WORDS, WORD_NGRAMS, CHAR_NGRAMS, WORDS_CHARS, WORDS_CHAR4_CUES, WORDS_CUES_TENSE, WORDS_CHAR4_CUES_TENSE);
  }

  /** The features of a reply given its normalised tokens. */
  public String[] extract(List<String> tokens) {
    Set<String> features = new LinkedHashSet<>(tokens.size() * 12);
    String joined = String.join(" ", tokens);
    if (words) {
      for (String token : tokens) {
        features.add(WORD_PREFIX + token);
      }
    }
    if (bigrams) {
      String previous = "<s>";
      for (String token : tokens) {
        features.add("b=" + previous + "_" + token);
        previous = token;
      }
      features.add("b=" + previous + "_</s>");
    }
    if (charMin > 0) {
      String padded = " " + joined + " ";
      for (int n = charMin; n <= charMax; n++) {
        for (int i = 0; i + n <= padded.length(); i++) {
          features.add(new StringBuilder(n + 2).append("c=").append(padded, i, i + n).toString());
        }
      }
    }
    if (cues) {
      String first = null;
      for (String cue : CueLexicon.cuesIn(tokens)) {
        features.add("cue=" + cue);
        if (first == null && !NOT_LEADING.contains(cue)) {
          first = cue;
          features.add("cue1=" + cue);
        }
      }
    }
    if (grammar) {
      features.addAll(TenseCues.features(tokens));
    }
    features.add("len=" + lengthBucket(tokens.size()));
    return features.toArray(new String[0]);
  }

  private static String lengthBucket(int tokenCount) {
    if (tokenCount <= 1) {
      return "1";
    }
    if (tokenCount <= 3) {
      return "2-3";
    }
    return tokenCount <= 7 ? "4-7" : "8+";
  }
}
