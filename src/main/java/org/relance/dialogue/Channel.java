package org.relance.dialogue;

import java.util.Locale;

/**
 * The ways a debtor talks with the business, and how each names its conversations and turns. A
 * conversation's address says its channel: a Telegram chat id as Telegram gives it ("123456789"),
 * {@code mail:<address>} (lower case, trimmed) for e-mail, {@code page:<link id>} for the debtor page.
 * A turn id starts with the channel's prefix ({@code tg:}, {@code mail:}, {@code page:}); the idempotency
 * keys of what a turn gives a case start with it ({@link DebtorTurn#key}).
 */
public enum Channel {
  TELEGRAM("tg"), EMAIL("mail"), PAGE("page");

  private final String prefix;

  Channel(String prefix) {
    this.prefix = prefix;
  }

  /** The channel of a conversation address: {@code mail:...} e-mail, {@code page:...} the page, else Telegram. */
  public static Channel of(String conversation) {
    if (conversation.startsWith(EMAIL.prefix + ":")) {
      return EMAIL;
    }
    return conversation.startsWith(PAGE.prefix + ":") ? PAGE : TELEGRAM;
  }

  /**
   * The address of a conversation on this channel: the chat id itself for Telegram, {@code mail:}
   * and the address lower-cased and trimmed for e-mail, {@code page:} and the link id for the page.
   */
  public String conversation(String local) {
    return switch (this) {
      case TELEGRAM -> local;
      case EMAIL -> prefix + ":" + local.strip().toLowerCase(Locale.ROOT);
      case PAGE -> prefix + ":" + local;
    };
  }

  /** A turn id on this channel: {@code tg:<update_id>}, {@code mail:<message id hash>}, {@code page:<uuid>}. */
  public String turnId(String local) {
    return prefix + ":" + local;
  }

  /** What the case's journal records as the channel of a message in ({@code telegram}, {@code email}, {@code page}). */
  public String journalName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a turn's language is the one the debtor chose to read (the page's language switch), which
   * the dialogue then speaks; elsewhere it is a hint (Telegram's app language) used only when the case
   * holds no language for the debtor.
   */
  public boolean languageChosen() {
    return this == PAGE;
  }

  boolean names(String turnId) {
    return turnId.startsWith(prefix + ":") && turnId.length() > prefix.length() + 1;
  }
}
