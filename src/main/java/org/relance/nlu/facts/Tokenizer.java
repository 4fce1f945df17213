package org.relance.nlu.facts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a message into {@link Token}s in one pass: lower case, accents folded, apostrophes and
 * in-word hyphens dropped, letters and digits split apart ("300e", "15th", "4x"), except for the SMS
 * spellings that mix them ("dem1", "2main", "2moro"), which become the word they stand for. Emoji
 * and other pictographs are skipped, and so is the full stop of a weekday or month abbreviation
 * ("ven.", "déc."), whose ambiguous ones are settled by {@link WeekdayAbbreviations}. Clause numbers change at punctuation and at the conjunctions
 * that join two statements ("mais", "et", "but", "and"...).
 */
public final class Tokenizer {

  private static final Map<String, String> SMS_WORDS = Map.ofEntries(
      Map.entry("dem1", "demain"), Map.entry("dm1", "demain"), Map.entry("2main", "demain"),
      Map.entry("2m1", "demain"), Map.entry("2moro", "tomorrow"), Map.entry("2morrow", "tomorrow"),
      Map.entry("2mrw", "tomorrow"), Map.entry("2mro", "tomorrow"), Map.entry("2morow", "tomorrow"),
      Map.entry("2day", "today"), Map.entry("2nite", "tonight"), Map.entry("8aine", "huitaine"),
      Map.entry("15aine", "quinzaine"), Map.entry("15ne", "quinzaine"), Map.entry("auj8", "aujourdhui"));

  private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of(
      "mais", "et", "puis", "sinon", "ensuite", "car", "cependant", "but", "and", "then", "otherwise",
      "because", "however", "sauf");

  private Tokenizer() {}

  public static List<Token> tokenize(String message) {
    List<Token> tokens = new ArrayList<>(Math.max(8, message.length() / 4));
    BitSet dotted = new BitSet();
    int clause = 0;
    boolean spaced = true;
    int n = message.length();
    int i = 0;
    while (i < n) {
      char c = message.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int end = i;
        while (end < n && Character.isLetterOrDigit(message.charAt(end))) {
          end++;
        }
        String chunk = fold(message, i, end);
        String sms = SMS_WORDS.get(chunk);
        if (sms != null) {
          tokens.add(Token.word(sms, sms, clause, spaced));
        } else if (Character.isDigit(c)) {
          end = numberEnd(message, i);
          tokens.add(Token.of(Token.Kind.NUMBER, message.substring(i, end), clause, spaced));
        } else {
          end = i;
          while (end < n && Character.isLetter(message.charAt(end))) {
            end++;
          }
          String word = fold(message, i, end);
          if (CLAUSE_CONJUNCTIONS.contains(word) && !tokens.isEmpty()) {
            clause++;
          }
          tokens.add(Token.word(word, message.substring(i, end).toLowerCase(), clause, spaced));
        }
        i = end;
        spaced = false;
        continue;
      }
      if (c == '.' && abbreviationDot(tokens, spaced)) {
        dotted.set(tokens.size() - 1); // "ven.", "déc.": the abbreviation's full stop ends no clause
      } else if (isBoundary(c)) {
        tokens.add(Token.of(Token.Kind.BOUNDARY, String.valueOf(c), clause, spaced));
        clause++;
        spaced = false;
      } else if (isSymbol(c) && !isInWordHyphen(message, i)) {
        tokens.add(Token.of(Token.Kind.SYMBOL, String.valueOf(c), clause, spaced));
        spaced = false;
      } else {
        spaced = spaced || Character.isWhitespace(c) || Character.isSpaceChar(c);
      }
      i++;
    }
    WeekdayAbbreviations.resolve(tokens, dotted);
    return tokens;
  }

  private static boolean abbreviationDot(List<Token> tokens, boolean spaced) {
    Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    return !spaced && last != null && last.isWord() && Vocabulary.abbreviation(last.text());
  }

  /** Digits with inner '.' or ',' each followed by a digit: "1.200,50", "15.12", "1,5". */
  private static int numberEnd(String s, int start) {
    int end = start;
    int n = s.length();
    while (end < n) {
      char c = s.charAt(end);
      if (c >= '0' && c <= '9') {
        end++;
      } else if ((c == '.' || c == ',') && end + 1 < n && Character.isDigit(s.charAt(end + 1))) {
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean isBoundary(char c) {
    return c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == '\n' || c == '\r'
        || c == '…';
  }

  private static boolean isSymbol(char c) {
    return c == '€' || c == '$' || c == '£' || c == '%' || c == '/' || c == '#' || c == '°'
        || c == '-' || c == '+' || c == ':';
  }

  private static boolean isInWordHyphen(String s, int i) {
    return s.charAt(i) == '-' && i > 0 && i + 1 < s.length()
        && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1));
  }

  /** Lower case with the accents of French and other Latin letters folded away. */
  static String fold(String s, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = Character.toLowerCase(s.charAt(i));
      switch (c) {
        case 'à', 'â', 'ä', 'á', 'ã', 'å' -> out.append('a');
        case 'ç' -> out.append('c');
        case 'é', 'è', 'ê', 'ë' -> out.append('e');
        case 'î', 'ï', 'í', 'ì' -> out.append('i');
        case 'ô', 'ö', 'ó', 'ò', 'õ' -> out.append('o');
        case 'ù', 'û', 'ü', 'ú' -> out.append('u');
        case 'ÿ' -> out.append('y');
        case 'ñ' -> out.append('n');
        case 'œ' -> out.append("oe");
        case 'æ' -> out.append("ae");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
