package org.relance.email;

import org.relance.accounts.Secrets;
import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.debtorpage.DebtorPageLinks;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.debtorchat.TelegramDialogue;
import org.relance.dialogue.Channel;
import org.relance.dialogue.DebtorDialogue;
import org.relance.dialogue.DebtorTurn;
import org.relance.dialogue.DialogueReply;
import org.relance.gateway.CaseGateway;
import org.relance.telegram.OutgoingMessage;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The e-mail adapter of the debtor dialogue: a reply matched to its case is read by the same dialogue
 * as Telegram, its own words only ({@link ReplyText}). A reply from the address the case holds for
 * the debtor is trusted as the debtor's; from any other address it gets the dialogue's verification
 * step first (an invoice number or the postcode), like a Telegram invitation link. The dialogue's
 * answers go back by e-mail, threaded under the reply, each choice as a signed one-click link to the
 * debtor's page (when the public address is one the debtor can reach) and spelled out to be written back
 * ("oui" / "non"); its notices for the owner go to the owner's Telegram chats, once per reply.
 */
public final class EmailDialogue {

  private final DebtorDialogue dialogue;
  private final DebtorEmails emails;
  private final EmailTexts texts;
  private final CaseGateway cases;
  private final BiFunction<String, List<OutgoingMessage>, CompletionStage<Boolean>> telegramOnce;
  private final DebtorPageLinks links;
  private final Executor blocking;

  public EmailDialogue(DebtorDialogue dialogue, DebtorEmails emails, EmailTexts texts, CaseGateway cases,
                       BiFunction<String, List<OutgoingMessage>, CompletionStage<Boolean>> telegramOnce,
                       DebtorPageLinks links, Executor blocking) {
    this.links = links;
    this.blocking = blocking;
    this.dialogue = dialogue;
    this.emails = emails;
    this.texts = texts;
    this.cases = cases;
    this.telegramOnce = telegramOnce;
  }

  /** Reads a reply to case {@code caseId} and answers it. */
  public CompletionStage<Void> read(String caseId, InboundMail mail) {
    return cases.ask(caseId, CaseCommand.Get::new).thenCompose(reply -> {
      if (!(reply instanceof CaseReply.Accepted accepted)) {
        return CompletableFuture.completedFuture(null);
      }
      CaseView view = accepted.view();
      return cases.profile(view.businessId()).thenCompose(business -> business.isEmpty()
          ? CompletableFuture.completedFuture(null) : converse(caseId, view, business.get(), mail));
    });
  }

  private CompletionStage<Void> converse(String caseId, CaseView view, BusinessProfile business, InboundMail mail) {
    String conversation = Channel.EMAIL.conversation(mail.from());
    String turnId = Channel.EMAIL.turnId(Secrets.sha256(mail.messageId()));
    boolean fromDebtor = view.debtor().email() != null
        && view.debtor().email().trim().equalsIgnoreCase(mail.from().trim());
    Language hint = EmailTexts.debtorLanguage(view, business);
    String words = ReplyText.strip(mail.text());
    CompletionStage<Optional<DialogueReply>> answered = dialogue.bound(conversation).thenCompose(bound -> {
      if (bound) {
        return take(conversation, turnId, words, hint);
      }
      return dialogue.open(Channel.EMAIL, conversation, turnId, caseId,
              fromDebtor ? DebtorDialogue.Proof.DEBTOR_ADDRESS : DebtorDialogue.Proof.LINK, hint)
          .thenCompose(opened -> fromDebtor ? take(conversation, turnId, words, hint)
              : CompletableFuture.completedFuture(Optional.of(opened)));
    });
    return answered.thenCompose(reply -> reply.isEmpty() ? CompletableFuture.completedFuture(null)
        : answer(caseId, view, business, mail, conversation, turnId, reply.get()));
  }

  private CompletionStage<Optional<DialogueReply>> take(String conversation, String turnId, String words,
                                                        Language hint) {
    return words.isBlank() ? CompletableFuture.completedFuture(Optional.empty())
        : dialogue.take(DebtorTurn.words(Channel.EMAIL, conversation, turnId, words, hint));
  }

  /** The owner's notices to Telegram (once for this reply), the debtor's messages in one e-mail. */
  private CompletionStage<Void> answer(String caseId, CaseView view, BusinessProfile business, InboundMail mail,
                                       String conversation, String turnId, DialogueReply reply) {
    CompletionStage<Boolean> owner = reply.toOwner().isEmpty() ? CompletableFuture.completedFuture(false)
        : telegramOnce.apply(turnId + ":owner", TelegramDialogue.ownerMessages(reply));
    if (reply.toDebtor().isEmpty()) {
      return owner.thenApply(told -> null);
    }
    Language language = EmailTexts.debtorLanguage(view, business);
    return owner.thenCompose(told -> CompletableFuture.supplyAsync(() -> reply.toDebtor().stream()
            .map(m -> m.choices().isEmpty() ? m.text()
                : m.text() + "\n\n" + choices(caseId, conversation, language, m.choices().stream()
                    .flatMap(List::stream).toList()))
            .collect(Collectors.joining("\n\n")), blocking))
        .thenCompose(text -> emails.sendAnswer(caseId, view, business, mail.from(), text, mail.messageId()))
        .thenApply(result -> null);
  }

  /** The choices: a signed link to the page for each (when the page can be reached), and the words to write back. Blocking. */
  private String choices(String caseId, String conversation, Language language, List<DialogueReply.Choice> choices) {
    String written = texts.choices(language, choices.stream().map(DialogueReply.Choice::label).toList());
    if (!links.printable()) {
      return written;
    }
    return texts.choiceLinks(language, choices.stream()
        .map(c -> c.label() + " : " + links.answerUrlFor(caseId, conversation, c.id())).toList()) + "\n" + written;
  }
}
