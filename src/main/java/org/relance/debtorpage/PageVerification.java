package org.relance.debtorpage;

import org.relance.dialogue.VerificationAnswer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The page's verification question, the same as the chat's ({@link VerificationAnswer}: one invoice
 * number or the postcode): a wrong answer is counted on the page link, which is locked at
 * {@code relance.debtor.verification-tries} (the same setting as the chat) until the owner issues a
 * new link; the owner is told once, when it locks. An answer with several numbers is not counted and
 * not taken.
 */
final class PageVerification {

  /** What an answer did. */
  enum Outcome { PROVED, WRONG, SEVERAL, LOCKED }

  /** Tells the owner that a page link was locked, with the last answer given. */
  interface LockNotice {
    void locked(PageCases.Found found, String lastAnswer);
  }

  private final DebtorPageLinks links;
  private final LockNotice notice;
  private final int maxTries;
  private final Executor blocking;

  PageVerification(DebtorPageLinks links, LockNotice notice, int maxTries, Executor blocking) {
    if (maxTries < 1) {
      throw new IllegalArgumentException("relance.debtor.verification-tries must be at least 1, not " + maxTries);
    }
    this.links = links;
    this.notice = notice;
    this.maxTries = maxTries;
    this.blocking = blocking;
  }

  int maxTries() {
    return maxTries;
  }

  CompletionStage<Outcome> check(DebtorPageLinks.PageLink link, PageCases.Found found, String answer) {
    if (link.locked()) {
      return CompletableFuture.completedFuture(Outcome.LOCKED);
    }
    VerificationAnswer.Reading reading = VerificationAnswer.read(found.view(), answer);
    return switch (reading) {
      case PROVED -> CompletableFuture.completedFuture(Outcome.PROVED);
      case SEVERAL -> CompletableFuture.completedFuture(Outcome.SEVERAL);
      case WRONG -> CompletableFuture.supplyAsync(() -> {
        if (links.wrongAnswer(link, maxTries)) {
          notice.locked(found, answer);
          return Outcome.LOCKED;
        }
        return Outcome.WRONG;
      }, blocking);
    };
  }
}
