package org.relance.nlu.intent;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a debtor's reply into the tokens the classifiers see: lower case, no accents, French
 * elisions and English contractions spelled out ("j'ai" → "je ai", "don't" → "do not"), SMS
 * spellings expanded ("jvous" → "je vous", "thx" → "thanks"), letters repeated for emphasis
 * collapsed ("merciii" → "merci"), numbers reduced to {@code #num}, emoji kept as feature words.
 * Stateless and thread-safe; numbers and dates themselves are the facts extractor's business.
 */
public final class TextNormalizer {

  private static final Pattern APOSTROPHES = Pattern.compile("[’‘`´ʼ]");
  private static final Pattern FRENCH_ELISION =
      Pattern.compile("(?<![\\p{L}\\p{N}])(j|l|d|n|m|t|s|c|qu|jusqu|lorsqu|puisqu)'(?=\\p{L})");
  private static final Pattern ENGLISH_NEGATION = Pattern.compile("(?<=\\p{L})n't\\b");
  private static final Pattern ENGLISH_CONTRACTION = Pattern.compile("(?<=\\p{L})'(ll|m|re|ve|d|s)\\b");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{Mn}+");
  private static final Pattern GLUED_FRENCH_PRONOUN = Pattern.compile("j[vptmlsdfcr][a-z]{2,}");

  private TextNormalizer() {}

  /** The feature tokens of {@code text}; never null, empty for a blank text. */
  public static List<String> tokens(String text) {
    String plain = foldCase(text);
    if (plain.indexOf('\'') >= 0) {
      plain = plain.replace("aujourd'hui", "aujourdhui")
          .replace("can't", "can not").replace("won't", "will not");
      plain = FRENCH_ELISION.matcher(plain).replaceAll("$1e ");
      plain = ENGLISH_NEGATION.matcher(plain).replaceAll(" not");
      plain = ENGLISH_CONTRACTION.matcher(plain).replaceAll(m -> " " + expandContraction(m.group(1)));
    }
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    String previousSymbol = null;
    for (int i = 0; i < plain.length(); ) {
      int cp = plain.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(cp);
        previousSymbol = null;
        continue;
      }
      flushWord(word, tokens);
      String symbol = symbolToken(cp);
      if (symbol != null && !symbol.equals(previousSymbol)) {
        tokens.add(symbol);
      }
      if (symbol != null) {
        previousSymbol = symbol;
      } else if (!Character.isWhitespace(cp)) {
        previousSymbol = null;
      }
    }
    flushWord(word, tokens);
    return tokens;
  }

  /** Lower case without accents and with plain apostrophes: the form both classifiers start from. */
  static String foldCase(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (isPlainAscii(lower)) {
      return lower;
    }
    lower = APOSTROPHES.matcher(lower).replaceAll("'").replace("œ", "oe").replace("æ", "ae");
    return COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  private static String expandContraction(String contraction) {
    return switch (contraction) {
      case "ll" -> "will";
      case "m" -> "am";
      case "re" -> "are";
      case "ve" -> "have";
      case "d" -> "would";
      default -> "";
    };
  }

  private static void flushWord(StringBuilder word, List<String> tokens) {
    if (word.isEmpty()) {
      return;
    }
    String raw = collapseRepeats(word.toString());
    word.setLength(0);
    String expanded = SmsLexicon.WORDS.get(raw);
    if (expanded != null) {
      for (String part : expanded.split(" ")) {
        tokens.add(part);
      }
    } else if (Character.isDigit(raw.charAt(0))) {
      tokens.add(numberToken(raw));
    } else if (GLUED_FRENCH_PRONOUN.matcher(raw).matches()) {
      tokens.add("je");
      tokens.add(raw.substring(1));
    } else {
      tokens.add(raw);
    }
  }

  /** "15" → {@code #num}; "3x", "2k", "300e", "15th" → {@code #num_x}, {@code #num_k}, ... */
  private static String numberToken(String raw) {
    int end = 0;
    while (end < raw.length() && Character.isDigit(raw.charAt(end))) {
      end++;
    }
    String suffix = raw.substring(end).replaceAll("\\d", "");
    return suffix.isEmpty() ? "#num" : "#num_" + suffix;
  }

  /** Runs of three or more identical letters shrink to one: "stooop" → "stop". */
  static String collapseRepeats(String word) {
    StringBuilder out = new StringBuilder(word.length());
    int run = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      run = i > 0 && word.charAt(i - 1) == c ? run + 1 : 1;
      out.append(c);
      if (run == 3) {
        out.setLength(out.length() - 3);
        out.append(c);
      } else if (run > 3) {
        out.setLength(out.length() - 1);
      }
    }
    return out.toString();
  }

  private static String symbolToken(int cp) {
    String known = SmsLexicon.EMOJI.get(new String(Character.toChars(cp)));
    if (known != null) {
      return known;
    }
    int type = Character.getType(cp);
    boolean pictograph = type == Character.OTHER_SYMBOL || type == Character.SURROGATE;
    return pictograph ? "#emoji" : null;
  }
}
