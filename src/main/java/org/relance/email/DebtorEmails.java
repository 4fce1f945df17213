package org.relance.email;

import org.relance.common.SecretLinks;
import jakarta.mail.MessagingException;
import org.relance.business.BusinessProfile;
import org.relance.common.Party;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseView;
import org.relance.gateway.CaseGateway;
import org.relance.ladder.Stage;
import org.relance.letters.store.LetterStore;
import org.relance.owner.OwnerChats;
import org.relance.telegram.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The debtor's e-mail channel: whether a case's debtor can be written to by e-mail (an address that
 * never bounced, e-mail switched on), and the sending of a rung's message (its letter's PDF attached)
 * or of an answer, each with its own {@code Message-ID}, the case's reply address and one-click
 * unsubscribe link. What happened is copied into the case's journal through the gateway with the
 * recipient and the {@code Message-ID}; a hard bounce is recorded there, stops e-mail to the address,
 * and the owner is told on Telegram. SMTP runs on the blocking executor.
 */
public final class DebtorEmails {

  private static final Logger log = LoggerFactory.getLogger(DebtorEmails.class);
  public static final String CHANNEL = "email";

  private final EmailSettings settings;
  private final EmailTokens tokens;
  private final EmailComposer composer;
  private final SmtpMailer mailer;
  private final EmailStore store;
  private final EmailTexts texts;
  private final LetterStore letters;
  private final OwnerChats owners;
  private final Function<List<OutgoingMessage>, CompletionStage<Void>> telegram;
  private final CaseGateway cases;
  /** The address of a case's debtor page to give in every e-mail, or null (blocking). */
  private final Function<String, String> pageUrl;
  private final Executor blocking;

  public DebtorEmails(EmailSettings settings, EmailTokens tokens, EmailComposer composer, SmtpMailer mailer,
                      EmailStore store, EmailTexts texts, LetterStore letters, OwnerChats owners,
                      Function<List<OutgoingMessage>, CompletionStage<Void>> telegram, CaseGateway cases,
                      Function<String, String> pageUrl, Executor blocking) {
    this.settings = settings;
    this.tokens = tokens;
    this.composer = composer;
    this.mailer = mailer;
    this.store = store;
    this.texts = texts;
    this.letters = letters;
    this.owners = owners;
    this.telegram = telegram;
    this.cases = cases;
    this.pageUrl = pageUrl;
    this.blocking = blocking;
  }

  /** The address e-mail may go to for this case, if any: blocking (reads the bounced addresses). */
  public Optional<String> reachable(CaseView view) {
    String address = view.debtor().email();
    if (address == null || address.isBlank() || !address.contains("@")) {
      return Optional.empty();
    }
    return store.bounced(tokens.addressHash(address)) ? Optional.empty() : Optional.of(address.trim());
  }

  /**
   * Sends the message of {@code stage} to {@code address}, the letter of a letter's rung attached:
   * FAILED (to try again later) while that letter is not issued yet.
   */
  public CompletionStage<SmtpMailer.Result> sendStep(String caseId, Stage stage, CaseView view,
                                                     BusinessProfile business, String address) {
    return CompletableFuture.supplyAsync(() -> stage.isLetter() ? letters.find(caseId, stage) : Optional.<
            org.relance.letters.store.StoredLetter>empty(), blocking)
        .thenCompose(letter -> {
          if (stage.isLetter() && letter.isEmpty()) {
            log.info("The {} of case {} is not issued yet: its e-mail waits", stage.wire(), caseId);
            return CompletableFuture.completedFuture(SmtpMailer.Result.FAILED);
          }
          List<Email.Attachment> attached = letter.map(l -> List.of(new Email.Attachment(
              texts.letterFileName(stage, l.issuedOn(), view, business), "application/pdf", l.pdf()))).orElse(List.of());
          return send(caseId, view, business, address, texts.subject(stage, view, business),
              texts.message(stage, view, business), attached, null, composer.newMessageId());
        });
  }

  /**
   * Sends a note about the case once for {@code key} (a redelivered event sends nothing twice): its
   * {@code Message-ID} is drawn from the key and kept once sent.
   */
  public CompletionStage<SmtpMailer.Result> sendOnce(String key, String caseId, CaseView view,
                                                     BusinessProfile business, String address, String text) {
    String messageId = composer.messageIdFor(key);
    return CompletableFuture.supplyAsync(() -> store.caseOfSent(messageId).isPresent(), blocking)
        .thenCompose(sent -> sent ? CompletableFuture.completedFuture(SmtpMailer.Result.SENT)
            : send(caseId, view, business, address, texts.answerSubject(view, business), text, List.of(), null,
                messageId));
  }

  /** Sends an answer or a confirmation (threaded under {@code inReplyTo} when not null). */
  public CompletionStage<SmtpMailer.Result> sendAnswer(String caseId, CaseView view, BusinessProfile business,
                                                       String address, String text, String inReplyTo) {
    return send(caseId, view, business, address, texts.answerSubject(view, business), text, List.of(), inReplyTo,
        composer.newMessageId());
  }

  private CompletionStage<SmtpMailer.Result> send(String caseId, CaseView view, BusinessProfile business,
                                                  String address, String subject, String message,
                                                  List<Email.Attachment> attached, String inReplyTo,
                                                  String messageId) {
    String unsubscribe = unsubscribeUrl(caseId);
    return CompletableFuture.supplyAsync(() -> {
      Email email = new Email(address, subject, texts.withFooter(message, unsubscribe, pageUrl.apply(caseId), view,
          business), replyAddress(caseId), unsubscribe, inReplyTo, attached);
      try {
        SmtpMailer.Outcome outcome = mailer.send(composer.compose(email, messageId));
        if (outcome.result() == SmtpMailer.Result.SENT) {
          store.sent(messageId, caseId, tokens.addressHash(address));
        }
        return outcome;
      } catch (MessagingException e) {
        return new SmtpMailer.Outcome(SmtpMailer.Result.FAILED, e.getMessage());
      }
    }, blocking).thenCompose(outcome -> journal(caseId, address, messageId, subject + "\n\n" + message, outcome)
        .thenCompose(done -> outcome.result() == SmtpMailer.Result.BOUNCED
            ? bounced(caseId, view, business, address, messageId, outcome.detail()) : CompletableFuture.completedFuture(null))
        .thenApply(done -> outcome.result()));
  }

  /**
   * Copies the e-mail into the case's journal, delivered or failed, with the recipient and Message-ID; the
   * page links' tokens masked, as the Telegram messages are.
   */
  private CompletionStage<Void> journal(String caseId, String address, String messageId, String text,
                                        SmtpMailer.Outcome outcome) {
    CaseEvent.Delivery delivery = outcome.result() == SmtpMailer.Result.SENT ? CaseEvent.Delivery.DELIVERED
        : CaseEvent.Delivery.FAILED;
    return cases.ask(caseId, r -> new CaseCommand.RecordMessage(CaseEvent.Direction.OUT, Party.DEBTOR, CHANNEL, null,
            SecretLinks.masked(text), delivery, outcome.detail(), address, messageId, "email:" + messageId, r))
        .thenApply(reply -> (Void) null)
        .exceptionally(e -> {
          log.warn("Could not copy e-mail {} into case {}: {}", messageId, caseId, e.getMessage());
          return null;
        });
  }

  /**
   * A hard bounce of {@code address} (on sending, or a delivery status notification): recorded in the
   * case, the address kept as bounced, and, the first time, the owner told in their language.
   */
  public CompletionStage<Void> bounced(String caseId, CaseView view, BusinessProfile business, String address,
                                       String messageId, String detail) {
    return cases.ask(caseId, r -> new CaseCommand.RecordEmailBounce(address, messageId, detail,
            "email-bounce:" + tokens.addressHash(address), r))
        .thenCompose(reply -> CompletableFuture.supplyAsync(() -> store.markBounced(tokens.addressHash(address))
            ? owners.chatsOf(view.businessId()) : List.<String>of(), blocking))
        .thenCompose(chats -> chats.isEmpty() ? CompletableFuture.completedFuture(null)
            : telegram.apply(chats.stream().map(chat -> OutgoingMessage.text(chat,
                texts.bounced(view, address, detail, business.language())).forOwnerOfCase(caseId)).toList()));
  }

  /** The case's own reply address (plus-addressing on {@code relance.email.reply-to}), or null when none is set. */
  public String replyAddress(String caseId) {
    String replyTo = settings.replyTo();
    int at = replyTo.lastIndexOf('@');
    return at < 0 ? null : replyTo.substring(0, at) + "+" + tokens.token(EmailTokens.Purpose.REPLY, caseId)
        + replyTo.substring(at);
  }

  /** The case's one-click unsubscribe link. */
  public String unsubscribeUrl(String caseId) {
    return settings.publicUrl() + UnsubscribeRoutes.PATH_PREFIX + tokens.token(EmailTokens.Purpose.UNSUBSCRIBE, caseId);
  }
}
