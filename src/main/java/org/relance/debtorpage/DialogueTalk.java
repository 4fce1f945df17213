package org.relance.debtorpage;

import org.relance.common.Language;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorchat.TelegramDialogue;
import org.relance.dialogue.Channel;
import org.relance.dialogue.DebtorDialogue;
import org.relance.dialogue.DebtorTurn;
import org.relance.dialogue.DialogueReply;
import org.relance.gateway.CaseGateway;
import org.relance.messages.MessageTemplates;
import org.relance.telegram.OutgoingMessage;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * The page as an adapter of THE debtor dialogue ({@link DebtorDialogue}, the same as on Telegram):
 * the conversation of a page link is {@code page:<case id>-<generation>}; a browser that answered the
 * page's verification question binds it verified; the chat box's words go as words, a choice pressed
 * as the dialogue's choice id, and the four one-click forms as the sentence the debtor would have
 * written ("Je paierai le 15/12/2026.", "J'ai déjà payé, le…"), read by the same dialogue. What the
 * dialogue answers is copied into the case's journal (channel {@code page}) as delivered, its last
 * choices kept as the page's buttons, and its notices for the owner queued to the owner's Telegram
 * chats once per turn.
 */
final class DialogueTalk implements PageTalk {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DebtorDialogue dialogue;
  private final CaseGateway gateway;
  private final MessageTemplates templates;
  private final PageChoices choices;
  private final BiFunction<String, List<OutgoingMessage>, CompletionStage<Boolean>> sendOnce;
  private final Executor blocking;

  DialogueTalk(DebtorDialogue dialogue, CaseGateway gateway, MessageTemplates templates, PageChoices choices,
               BiFunction<String, List<OutgoingMessage>, CompletionStage<Boolean>> sendOnce, Executor blocking) {
    this.dialogue = dialogue;
    this.gateway = gateway;
    this.templates = templates;
    this.choices = choices;
    this.sendOnce = sendOnce;
    this.blocking = blocking;
  }

  static String conversation(DebtorPageLinks.PageLink link) {
    return Channel.PAGE.conversation(link.caseId() + "-" + link.generation());
  }

  @Override
  public CompletionStage<Void> verified(DebtorPageLinks.PageLink link, Language language, String turnId) {
    return dialogue.open(Channel.PAGE, conversation(link), turnId, link.caseId(), DebtorDialogue.Proof.DEBTOR_ADDRESS,
        language).thenCompose(reply -> deliver(link, turnId, reply));
  }

  @Override
  public CompletionStage<Void> turn(DebtorPageLinks.PageLink link, Language language, PageTurn turn) {
    String conversation = conversation(link);
    DebtorTurn debtorTurn = turn.kind() == PageTurn.Kind.CHOOSE
        ? DebtorTurn.choice(Channel.PAGE, conversation, turn.id(), turn.choice(), language)
        : DebtorTurn.words(Channel.PAGE, conversation, turn.id(), words(language, turn), language);
    return dialogue.bound(conversation)
        .thenCompose(bound -> bound ? CompletableFuture.<Void>completedFuture(null) : verified(link, language,
            turn.id() + "-open"))
        .thenCompose(opened -> dialogue.take(debtorTurn))
        .thenCompose(reply -> reply.map(r -> deliver(link, turn.id(), r))
            .orElseGet(() -> CompletableFuture.completedFuture(null)));
  }

  @Override
  public CompletionStage<List<String>> answer(DebtorPageLinks.PageLink link, String conversation, String choice,
                                              String clickId, Language language) {
    Channel channel = Channel.of(conversation);
    DebtorTurn answer = DebtorTurn.choice(channel, conversation, channel.turnId(clickId), choice, language);
    return dialogue.take(answer).thenCompose(reply -> reply.map(r -> deliver(link, answer.turnId(), r,
            channel == Channel.PAGE).thenApply(done -> r.toDebtor().stream().map(DialogueReply.DebtorMessage::text)
            .toList()))
        .orElseGet(() -> CompletableFuture.completedFuture(List.of())));
  }

  /** What the debtor wrote, or the sentence a one-click form stands for. */
  private String words(Language language, PageTurn turn) {
    return switch (turn.kind()) {
      case SAY, CHOOSE -> turn.words();
      case PROMISE -> templates.text(language, "page.turn.promise", Map.of("date", DAY.format(turn.date())));
      case PAID -> templates.text(language, "page.turn.paid", Map.of("date", DAY.format(turn.date())));
      case PLAN -> templates.text(language, "page.turn.plan");
      case DISPUTE -> templates.text(language, "page.turn.dispute", Map.of("reason", turn.words()));
    };
  }

  /** The dialogue's messages copied into the journal as delivered, its last choices kept, the owner told. */
  private CompletionStage<Void> deliver(DebtorPageLinks.PageLink link, String turnId, DialogueReply reply) {
    return deliver(link, turnId, reply, true);
  }

  private CompletionStage<Void> deliver(DebtorPageLinks.PageLink link, String turnId, DialogueReply reply,
                                        boolean onThePage) {
    List<DialogueReply.DebtorMessage> messages = reply.toDebtor();
    CompletionStage<CaseReply> recorded = CompletableFuture.completedFuture(null);
    for (int i = 0; i < messages.size(); i++) {
      DialogueReply.DebtorMessage message = messages.get(i);
      String key = turnId + ":page:" + i;
      String caseId = message.caseId() == null ? link.caseId() : message.caseId();
      recorded = recorded.thenCompose(done -> gateway.ask(caseId, r -> new CaseCommand.RecordMessage(
          CaseEvent.Direction.OUT, PageCases.CHANNEL, message.text(), CaseEvent.Delivery.DELIVERED, null, key, r)));
    }
    List<CasePageHtml.Choice> offered = messages.isEmpty() ? List.of() : messages.get(messages.size() - 1).choices()
        .stream().flatMap(List::stream).map(c -> new CasePageHtml.Choice(c.label(), c.id())).toList();
    if (!reply.toOwner().isEmpty()) {
      sendOnce.apply(turnId + ":owner", TelegramDialogue.ownerMessages(reply));
    }
    return onThePage ? recorded.thenAcceptAsync(done -> choices.offer(link.caseId(), offered), blocking)
        : recorded.thenApply(done -> null);
  }
}
