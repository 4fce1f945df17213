package org.relance.dialogue;

import org.relance.common.Language;
import org.relance.debtorcase.CaseView;
import org.relance.dialogue.DialogueReply.DebtorMessage;
import org.relance.dialogue.PendingQuestion.Awaiting;
import org.relance.dialogue.PendingQuestion.Details;
import org.relance.dialogue.VerificationAnswer.Reading;
import org.relance.invitations.Invitations.Access;
import org.relance.owner.OwnerCases;
import org.relance.owner.OwnerNotices;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The question a debtor conversation answers before anything about the debt is shown: one invoice
 * number or the postcode ({@link VerificationAnswer}). Wrong answers are counted
 * ({@link VerificationTries}: on the Telegram link the chat opened, or on the conversation of another
 * channel), so opening the link again or a restart does not start the count again; at
 * {@code relance.debtor.verification-tries} the conversation is locked out of the case until the
 * owner issues a new link: the person is told the business will be in touch, the owner is told once.
 * An answer with several numbers is not counted, and not taken: the person is asked for just one. A
 * chat whose Telegram link was replaced is asked to use the newer one.
 */
final class DebtorVerification {

  /** The outcome of an answer: proved (the conversation is verified), or what to say. */
  record Checked(boolean passed, DialogueReply reply) {}

  private final DebtorChats chats;
  private final DebtorConversations conversations;
  private final VerificationTries tries;
  private final OwnerCases cases;
  private final DebtorTexts texts;
  private final OwnerAlerts notices;
  private final int maxTries;
  private final Executor blocking;

  DebtorVerification(DebtorChats chats, DebtorConversations conversations, VerificationTries tries, OwnerCases cases,
                     DebtorTexts texts, OwnerAlerts notices, int maxTries, Executor blocking) {
    if (maxTries < 1) {
      throw new IllegalArgumentException("relance.debtor.verification-tries must be at least 1, not " + maxTries);
    }
    this.chats = chats;
    this.conversations = conversations;
    this.tries = tries;
    this.cases = cases;
    this.texts = texts;
    this.notices = notices;
    this.maxTries = maxTries;
    this.blocking = blocking;
  }

  /** Asks the conversation for an invoice number, unless it is locked out or its link was replaced. */
  CompletionStage<DialogueReply> ask(String conversation, CaseView view, Language hint, String turnId) {
    return CompletableFuture.supplyAsync(() -> {
      Access access = tries.access(view.id(), conversation, maxTries);
      if (access == Access.OPEN) {
        conversations.save(question(conversation, view, Awaiting.VERIFICATION, turnId), cases.clock().instant());
      }
      return access;
    }, blocking).thenCompose(access -> access == Access.OPEN
        ? CompletableFuture.completedFuture(say(conversation, hint, "debtor.verify.ask"))
        : refused(conversation, view, hint, access, null, turnId));
  }

  /** An answer to the question: verified, asked again, or refused. */
  CompletionStage<Checked> answer(String conversation, CaseView view, String text, Language hint, String turnId) {
    Reading reading = VerificationAnswer.read(view, text);
    return CompletableFuture.supplyAsync(() -> {
      Access access = tries.access(view.id(), conversation, maxTries);
      if (access != Access.OPEN || reading == Reading.SEVERAL) {
        return Optional.of(access);
      }
      if (reading == Reading.WRONG) {
        return Optional.of(tries.failed(view.id(), conversation, maxTries));
      }
      Instant now = cases.clock().instant();
      chats.markVerified(conversation, view.id(), now);
      tries.passed(view.id(), conversation);
      conversations.save(question(conversation, view, Awaiting.NOTHING, turnId), now);
      return Optional.<Access>empty();
    }, blocking).thenCompose(refusal -> {
      if (refusal.isEmpty()) {
        return CompletableFuture.completedFuture(new Checked(true, DialogueReply.none()));
      }
      Access access = refusal.get();
      if (access == Access.OPEN) {
        return CompletableFuture.completedFuture(new Checked(false, say(conversation, hint,
            reading == Reading.SEVERAL ? "debtor.verify.one" : "debtor.verify.retry")));
      }
      return refused(conversation, view, hint, access, text, turnId).thenApply(reply -> new Checked(false, reply));
    });
  }

  /**
   * A locked conversation: the person is told the business will be in touch (the owner too, the first
   * time); a replaced link: to use the newer.
   */
  private CompletionStage<DialogueReply> refused(String conversation, CaseView view, Language hint, Access access,
                                                 String words, String turnId) {
    if (access == Access.REPLACED) {
      return CompletableFuture.completedFuture(say(conversation, hint, "debtor.invitation.replaced"));
    }
    return cases.profile(view.businessId()).thenApplyAsync(profile -> {
      conversations.save(question(conversation, view, Awaiting.VERIFICATION_FAILED, turnId), cases.clock().instant());
      DialogueReply failed = say(conversation, hint, "debtor.verify.failed");
      return access == Access.LOCKED_NOW && profile.isPresent()
          ? failed.told(notices.tell(OwnerNotices.Notice.VERIFICATION_FAILED, view, profile.get(),
              OwnerNotices.About.words(words)))
          : failed;
    }, blocking);
  }

  private static PendingQuestion question(String conversation, CaseView view, Awaiting awaiting, String turnId) {
    return new PendingQuestion(conversation, view.id(), awaiting, Details.none(), 0, DebtorTurn.number(turnId));
  }

  private DialogueReply say(String conversation, Language language, String id) {
    return DialogueReply.of(new DebtorMessage(conversation, null, texts.text(language, id), List.of()));
  }
}
