package org.relance.debtorpage;

import org.relance.common.Language;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Where the page hands a verified debtor's turns: the debtor dialogue, the same as on Telegram. It
 * gives the case what the turn means, records the exchange in the case's journal (channel
 * {@code page}) and answers the choices now offered (none: plain text).
 */
interface PageTalk {

  CompletionStage<List<CasePageHtml.Choice>> turn(String caseId, Language language, PageTurn turn);
}
