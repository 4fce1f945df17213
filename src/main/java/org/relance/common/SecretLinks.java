package org.relance.common;

import java.util.regex.Pattern;

/**
 * The one place where invitation tokens are hidden from what people read: a link that opens the
 * bot ({@code https://t.me/<bot>?start=<token>}) keeps its shape but shows {@code •••} for the
 * token, and so do a {@code /start <token>} command and a one-time sign-in link to the admin page
 * ({@code /signin/link/<token>}), and a debtor page's link ({@code /d/<token>}, also in its signed
 * answer links). Applied to what is copied into a case's
 * journal and again to every event read from it (the API, the admin page and the dossier read the
 * journal through {@code debtorcase.CaseJournal}), so texts journaled before the masking existed
 * are shown masked too. What is masked opens nothing.
 */
public final class SecretLinks {

  /** What a token is replaced with. */
  public static final String MASK = "•••";

  private static final Pattern LINK_TOKEN = Pattern.compile("([?&]start=|/signin/link/|/d/)[A-Za-z0-9_-]+");
  private static final Pattern START_COMMAND = Pattern.compile("(?<![\\w/])(/start(?:@\\w+)?\\s+)[A-Za-z0-9_-]+");

  private SecretLinks() {}

  /** The text with every link's or {@code /start}'s token replaced by {@link #MASK} ({@code null} stays null). */
  public static String masked(String text) {
    if (text == null || !(text.contains("start") || text.contains("/signin/link/") || text.contains("/d/"))) {
      return text;
    }
    String links = LINK_TOKEN.matcher(text).replaceAll("$1" + MASK);
    return START_COMMAND.matcher(links).replaceAll("$1" + MASK);
  }
}
