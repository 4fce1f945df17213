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
 * as the dialogue's choice id, and the four one-click forms as the dialogue's outright choices
 * ({@code promise:<day>}, {@code plan}, {@code paid}, {@code dispute}), the day of a payment and the
 * reason of a dispute then as the debtor's next words, which answer the dialogue's question. What the
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
    CompletionStage<Void> opened = dialogue.bound(conversation).thenCompose(bound -> bound
        ? CompletableFuture.<Void>completedFuture(null) : verified(link, language, turn.id() + "-open"));
    CompletionStage<Void> first = opened.thenCompose(done -> take(link, first(conversation, language, turn)));
    return details(language, turn).map(words -> first.thenCompose(done -> take(link,
        DebtorTurn.words(Channel.PAGE, conversation, turn.id() + "-details", words, language)))).orElse(first);
  }

  /** The turn itself: the debtor's words, the choice pressed, or the outright choice a one-click form stands for. */
  private static DebtorTurn first(String conversation, Language language, PageTurn turn) {
    String choice = switch (turn.kind()) {
      case SAY -> null;
      case CHOOSE -> turn.choice();
      case PROMISE -> DebtorTurn.promiseOn(turn.date());
      case PLAN -> DebtorTurn.PLAN;
      case PAID -> DebtorTurn.PAID;
      case DISPUTE -> DebtorTurn.DISPUTE;
    };
    return choice == null ? DebtorTurn.words(Channel.PAGE, conversation, turn.id(), turn.words(), language)
        : DebtorTurn.choice(Channel.PAGE, conversation, turn.id(), choice, language);
  }

  /**
   * What the form said beyond its choice, given as the debtor's next words: the day of a payment made
   * (the dialogue asks when and how), what is wrong with the invoice (it asks what).
   */
  private java.util.Optional<String> details(Language language, PageTurn turn) {
    return switch (turn.kind()) {
      case PAID -> java.util.Optional.of(templates.text(language, "page.turn.paid", Map.of("date",
          DAY.format(turn.date()))));
      case DISPUTE -> java.util.Optional.of(turn.words());
      default -> java.util.Optional.empty();
    };
  }

  private CompletionStage<Void> take(DebtorPageLinks.PageLink link, DebtorTurn turn) {
    return dialogue.take(turn).thenCompose(reply -> reply.map(r -> deliver(link, turn.turnId(), r))
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
