package org.relance.dialogue;

import org.relance.common.Language;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;

/**
 * One thing a debtor did on a channel: wrote {@code text}, or pressed the choice {@code choice} (a
 * {@link DialogueReply.Choice#id()} the dialogue offered, or a standing one: {@link #HELP},
 * {@link #RECAP}, or what the debtor chooses outright, {@link #promiseOn}, {@link #PROMISE},
 * {@link #PLAN}, {@link #PAID}, {@link #DISPUTE}). Both are set when a typed command stands for a choice (Telegram's {@code /help}):
 * the words are read as an answer while the person is not verified, the choice afterwards.
 * {@code conversation} is the address of the conversation ({@link Channel#conversation}),
 * {@code turnId} is unique per channel and stable across redeliveries ({@link Channel#turnId}): every
 * command the turn gives a case is keyed by it ({@link #key}). {@code language} is a hint (the
 * channel's language), used until the conversation has one; on the page it is the language the
 * debtor reads the page in, which the conversation then speaks ({@link Channel#languageChosen}).
 */
public record DebtorTurn(Channel channel, String conversation, String turnId, String text, String choice,
                         Language language) {

  /** The standing choice that asks what the debtor can write. */
  public static final String HELP = "help";

  /** The standing choice that shows the introduction and the recap of the open invoices again. */
  public static final String RECAP = "recap";

  /** "I will pay" without a date: the dialogue asks when ({@link #promiseOn} names the day). */
  public static final String PROMISE = "promise";

  /** "I would like to pay in several instalments": a plan is offered, or the owner asked. */
  public static final String PLAN = "plan";

  /** "I have already paid": the dialogue asks when and how. */
  public static final String PAID = "paid";

  /** "I dispute what I am asked to pay": recorded, the follow-up on hold, the dialogue asks what is wrong. */
  public static final String DISPUTE = "dispute";

  /** "I will pay on {@code day}": confirmed with Yes / No, then recorded (a day already past: asked when). */
  public static String promiseOn(LocalDate day) {
    return PROMISE + ":" + day;
  }

  public DebtorTurn {
    if (channel == null || conversation == null || turnId == null || language == null) {
      throw new IllegalArgumentException("A debtor's turn needs its channel, conversation, turn id and language");
    }
    if (Channel.of(conversation) != channel || !channel.names(turnId)) {
      throw new IllegalArgumentException("Conversation " + conversation + " and turn " + turnId
          + " are not addressed on " + channel);
    }
    if (text == null && choice == null) {
      throw new IllegalArgumentException("A debtor's turn is words written or a choice pressed");
    }
  }

  /** Words the debtor wrote. */
  public static DebtorTurn words(Channel channel, String conversation, String turnId, String text, Language language) {
    return new DebtorTurn(channel, conversation, turnId, text, null, language);
  }

  /** A choice the debtor pressed (its id as offered, without any channel's wrapping). */
  public static DebtorTurn choice(Channel channel, String conversation, String turnId, String choice,
                                  Language language) {
    return new DebtorTurn(channel, conversation, turnId, null, choice, language);
  }

  /** Whether the debtor pressed a choice (without words standing for it). */
  boolean pressed() {
    return text == null;
  }

  /** Whether the turn asks for help or the recap, which any verified debtor may at any time. */
  boolean standing() {
    return HELP.equals(choice) || RECAP.equals(choice);
  }

  /** Whether the debtor chose what they mean outright (a promise, a plan, paid, a dispute) instead of writing it. */
  boolean outright() {
    return text == null && DebtorChoices.outright(choice).isPresent();
  }

  /**
   * The idempotency key of a command this turn gives a case: the turn id for the copy of what the
   * debtor wrote or pressed, {@code <turn id>:<what>} for what it led to ({@code tg:<update_id>:promise}).
   */
  String key(String suffix) {
    return key(turnId, suffix);
  }

  static String key(String turnId, String suffix) {
    return turnId + (suffix == null ? "" : ":" + suffix);
  }

  /**
   * The number the choices offered in this turn carry, so that a choice of an older question is
   * known as outdated: Telegram's update id, else a stable number drawn from the turn id.
   */
  long number() {
    return number(turnId);
  }

  static long number(String turnId) {
    if (turnId.startsWith("tg:")) {
      try {
        return Long.parseLong(turnId.substring(3));
      } catch (NumberFormatException e) {
        // not an update id: numbered like any other channel's turn
      }
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(turnId.getBytes(StandardCharsets.UTF_8));
      long number = 0;
      for (int i = 0; i < 6; i++) {
        number = number << 8 | hash[i] & 0xff;
      }
      return number;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
