package org.relance.debtorpage;

import org.relance.common.Language;

import java.util.concurrent.CompletionStage;

/**
 * Where the page hands a verified debtor's turns: the debtor dialogue, the same as on Telegram. It
 * gives the case what the turn means, records the exchange in the case's journal (channel
 * {@code page}) and keeps the choices now offered for the page to show.
 */
interface PageTalk {

  /** A browser on this link answered the verification question: the conversation is the debtor's. */
  CompletionStage<Void> verified(DebtorPageLinks.PageLink link, Language language, String turnId);

  CompletionStage<Void> turn(DebtorPageLinks.PageLink link, Language language, PageTurn turn);

  /**
   * A signed answer confirmed: {@code choice} for the question {@code conversation} asked (a page's or
   * an e-mail's), once per {@code clickId}; the texts the dialogue answers.
   */
  CompletionStage<java.util.List<String>> answer(DebtorPageLinks.PageLink link, String conversation, String choice,
                                                 String clickId, Language language);
}
