package org.relance.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the debtor wrote in a reply, without what they quoted or signed: the text stops at the first
 * line that opens the quoted e-mail ("Le … a écrit :", "On … wrote:", possibly folded over two lines, an
 * Outlook "-----Original Message-----" or "De : …" header block) or the signature separator
 * ({@code "-- "}), and lines quoted with {@code >} are dropped. Pure.
 */
public final class ReplyText {

  private static final Pattern ATTRIBUTION = Pattern.compile(
      "^\\s*(le\\s.+a\\s+écrit\\s*:|on\\s.+wrote\\s*:)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ATTRIBUTION_START = Pattern.compile("^\\s*(le|on)\\s.+\\d.*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ATTRIBUTION_END = Pattern.compile("^.*(a\\s+écrit|wrote)\\s*:\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ORIGINAL = Pattern.compile(
      "^\\s*(-{2,}\\s*(original message|message d'origine|message d’origine)\\s*-{2,}|_{5,}|(de|from)\\s*:\\s.+@.+)\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private ReplyText() {}

  /** The reply's own words, trimmed ("" when nothing is left). */
  public static String strip(String body) {
    if (body == null) {
      return "";
    }
    String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.equals("-- ") || line.equals("--") || ATTRIBUTION.matcher(line).matches()
          || ORIGINAL.matcher(line).matches()
          || (i + 1 < lines.length && ATTRIBUTION_START.matcher(line).matches()
              && ATTRIBUTION_END.matcher(lines[i + 1]).matches())) {
        break;
      }
      if (!line.stripLeading().startsWith(">")) {
        kept.add(line);
      }
    }
    return String.join("\n", kept).strip();
  }
}
