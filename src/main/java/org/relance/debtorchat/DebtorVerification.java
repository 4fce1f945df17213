package org.relance.debtorchat;

import org.relance.common.Language;
import org.relance.debtorcase.CaseView;
import org.relance.debtorchat.PendingQuestion.Awaiting;
import org.relance.debtorchat.PendingQuestion.Details;
import org.relance.debtorchat.VerificationAnswer.Reading;
import org.relance.invitations.Invitations;
import org.relance.invitations.Invitations.Access;
import org.relance.owner.OwnerCases;
import org.relance.owner.OwnerNotices;
import org.relance.telegram.OutgoingMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The question a debtor chat answers before anything about the debt is shown: one invoice number
 * or the postcode ({@link VerificationAnswer}). Wrong answers are counted on the link the chat
 * opened ({@link Invitations}), so opening the link again or a restart does not start the count
 * again; at {@code relance.debtor.verification-tries} the link is locked until the owner issues a
 * new one: the person is told the business will be in touch, the owner is told once. An answer
 * with several numbers is not counted, and not taken: the person is asked for just one. A chat
 * whose link was replaced is asked to use the newer one.
 */
final class DebtorVerification {

  /** The outcome of an answer: proved (the chat is verified), or what to say. */
  record Checked(boolean passed, List<OutgoingMessage> messages) {}

  private final DebtorChats chats;
  private final DebtorConversations conversations;
  private final Invitations invitations;
  private final OwnerCases cases;
  private final DebtorTexts texts;
  private final OwnerNotices notices;
  private final int maxTries;
  private final Executor blocking;

  DebtorVerification(DebtorChats chats, DebtorConversations conversations, Invitations invitations, OwnerCases cases,
                     DebtorTexts texts, OwnerNotices notices, int maxTries, Executor blocking) {
    if (maxTries < 1) {
      throw new IllegalArgumentException("relance.debtor.verification-tries must be at least 1, not " + maxTries);
    }
    this.chats = chats;
    this.conversations = conversations;
    this.invitations = invitations;
    this.cases = cases;
    this.texts = texts;
    this.notices = notices;
    this.maxTries = maxTries;
    this.blocking = blocking;
  }

  /** Asks the chat for an invoice number, unless its link is locked or was replaced. */
  CompletionStage<List<OutgoingMessage>> ask(String chat, CaseView view, Language hint, long updateId) {
    return CompletableFuture.supplyAsync(() -> {
      Access access = invitations.verificationAccess(view.id(), chat, maxTries);
      if (access == Access.OPEN) {
        conversations.save(question(chat, view, Awaiting.VERIFICATION, updateId), cases.clock().instant());
      }
      return access;
    }, blocking).thenCompose(access -> access == Access.OPEN
        ? CompletableFuture.completedFuture(List.of(say(chat, hint, "debtor.verify.ask")))
        : refused(chat, view, hint, access, null, updateId));
  }

  /** An answer to the question: verified, asked again, or refused. */
  CompletionStage<Checked> answer(String chat, CaseView view, String text, Language hint, long updateId) {
    Reading reading = VerificationAnswer.read(view, text);
    return CompletableFuture.supplyAsync(() -> {
      Access access = invitations.verificationAccess(view.id(), chat, maxTries);
      if (access != Access.OPEN || reading == Reading.SEVERAL) {
        return Optional.of(access);
      }
      if (reading == Reading.WRONG) {
        return Optional.of(invitations.verificationFailed(view.id(), chat, maxTries));
      }
      Instant now = cases.clock().instant();
      chats.markVerified(chat, view.id(), now);
      invitations.verificationPassed(view.id(), chat);
      conversations.save(question(chat, view, Awaiting.NOTHING, updateId), now);
      return Optional.<Access>empty();
    }, blocking).thenCompose(refusal -> {
      if (refusal.isEmpty()) {
        return CompletableFuture.completedFuture(new Checked(true, List.of()));
      }
      Access access = refusal.get();
      if (access == Access.OPEN) {
        return CompletableFuture.completedFuture(new Checked(false, List.of(say(chat, hint,
            reading == Reading.SEVERAL ? "debtor.verify.one" : "debtor.verify.retry"))));
      }
      return refused(chat, view, hint, access, text, updateId).thenApply(messages -> new Checked(false, messages));
    });
  }

  /**
   * A locked link: the person is told the business will be in touch (the owner too, the first time);
   * a replaced one: to use the newer.
   */
  private CompletionStage<List<OutgoingMessage>> refused(String chat, CaseView view, Language hint, Access access,
                                                         String words, long updateId) {
    if (access == Access.REPLACED) {
      return CompletableFuture.completedFuture(List.of(say(chat, hint, "debtor.invitation.replaced")));
    }
    return cases.profile(view.businessId()).thenApplyAsync(profile -> {
      conversations.save(question(chat, view, Awaiting.VERIFICATION_FAILED, updateId), cases.clock().instant());
      List<OutgoingMessage> messages = new ArrayList<>(List.of(say(chat, hint, "debtor.verify.failed")));
      if (access == Access.LOCKED_NOW && profile.isPresent()) {
        messages.addAll(notices.tell(OwnerNotices.Notice.VERIFICATION_FAILED, view, profile.get(),
            OwnerNotices.About.words(words)));
      }
      return messages;
    }, blocking);
  }

  private static PendingQuestion question(String chat, CaseView view, Awaiting awaiting, long updateId) {
    return new PendingQuestion(chat, view.id(), awaiting, Details.none(), 0, updateId);
  }

  private OutgoingMessage say(String chat, Language language, String id) {
    return OutgoingMessage.text(chat, texts.text(language, id));
  }
}
