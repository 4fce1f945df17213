package org.relance.email;

import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;
import org.relance.gateway.CaseGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts the e-mails that come in (by IMAP or the inbound webhook), each once by its
 * {@code Message-ID}: a report of a permanent delivery failure goes to the bounce handling of the case
 * whose e-mail bounced; a reply is matched to its case (the case's plus-address it was sent to, else
 * the e-mail of ours it answers) and handed to the replies' reader; anything else is logged and left.
 */
public final class InboundEmails {

  private static final Logger log = LoggerFactory.getLogger(InboundEmails.class);
  private static final Pattern PLUS_TOKEN = Pattern.compile("\\+([0-9A-Fa-f]{52})@");

  private final EmailStore store;
  private final EmailTokens tokens;
  private final DebtorEmails emails;
  private final CaseGateway cases;
  private final Executor blocking;
  private final BiFunction<String, InboundMail, CompletionStage<Void>> replies;

  /** {@code replies}: reads a reply matched to a case (the case's id, the e-mail). */
  public InboundEmails(EmailStore store, EmailTokens tokens, DebtorEmails emails, CaseGateway cases, Executor blocking,
                       BiFunction<String, InboundMail, CompletionStage<Void>> replies) {
    this.store = store;
    this.tokens = tokens;
    this.emails = emails;
    this.cases = cases;
    this.blocking = blocking;
    this.replies = replies;
  }

  /** Handles one e-mail that came in; completes once it is recorded (or known to be a repeat). */
  public CompletionStage<Void> handle(InboundMail mail) {
    return CompletableFuture.supplyAsync(() -> store.claimInbound(mail.messageId())
            ? Optional.of(mail.bounce().isPresent() ? caseOfBounce(mail.bounce().get()) : caseOf(mail))
            : Optional.<Optional<String>>empty(), blocking)
        .thenCompose(claimed -> {
          if (claimed.isEmpty()) {
            return CompletableFuture.completedFuture(null);
          }
          if (claimed.get().isEmpty()) {
            log.info("E-mail {} came in for no case of ours: left in the mailbox", mail.messageId());
            return CompletableFuture.completedFuture(null);
          }
          String caseId = claimed.get().get();
          CompletionStage<Void> handled = mail.bounce().isPresent() ? bounce(caseId, mail.bounce().get())
              : replies.apply(caseId, mail);
          return handled.exceptionallyCompose(e -> CompletableFuture.runAsync(() -> store.forgetInbound(mail.messageId()),
              blocking).thenCompose(forgotten -> CompletableFuture.failedFuture(e)));
        });
  }

  /** The case a reply belongs to: the plus-address it went to, else the e-mail of ours it answers. Blocking. */
  public Optional<String> caseOf(InboundMail mail) {
    for (String recipient : mail.recipients()) {
      Matcher token = PLUS_TOKEN.matcher(recipient);
      if (token.find()) {
        Optional<String> caseId = tokens.caseOf(EmailTokens.Purpose.REPLY, token.group(1));
        if (caseId.isPresent()) {
          return caseId;
        }
      }
    }
    return mail.answers().stream().map(store::caseOfSent).flatMap(Optional::stream).findFirst();
  }

  private Optional<String> caseOfBounce(InboundMail.Bounce bounce) {
    return bounce.originalMessageId() == null ? Optional.empty() : store.caseOfSent(bounce.originalMessageId());
  }

  private CompletionStage<Void> bounce(String caseId, InboundMail.Bounce bounce) {
    return cases.ask(caseId, CaseCommand.Get::new).thenCompose(reply -> {
      if (!(reply instanceof CaseReply.Accepted accepted)) {
        return CompletableFuture.completedFuture(null);
      }
      return cases.profile(accepted.view().businessId()).thenCompose(business -> business.isEmpty()
          ? CompletableFuture.completedFuture(null)
          : emails.bounced(caseId, accepted.view(), business.get(), bounce.recipient(), bounce.originalMessageId(),
              bounce.detail()));
    });
  }
}
