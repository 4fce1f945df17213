package org.relance.owner;

import org.relance.common.Language;
import org.relance.debtorcase.CaseView;
import org.relance.dialogue.Channel;
import org.relance.dialogue.DebtorChats;
import org.relance.letters.CaseLetters;
import org.relance.outreach.ContactRules;
import org.relance.telegram.DocumentSource;
import org.relance.telegram.OutgoingMessage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The monthly statement of a debtor's account from the case card: the PDF to the owner (reference
 * {@code statement:<language>:<case>}, rendered when the sender reads it), with a button that sends it
 * to the debtor in their verified chat, in their language. That send is a message to the debtor, so it
 * keeps the contact rules' hours and rest days ({@link ContactRules}, outside the window the owner is told
 * when to press again) but, being asked for by the owner and no reminder, does not count against the
 * reminders' caps. No verified chat: the owner is told to forward the PDF themselves.
 */
final class OwnerStatements {

  private static final String REFERENCE = "statement:";

  private final OwnerTexts texts;
  private final OwnerCases cases;
  private final DebtorChats debtorChats;
  private final ContactRules rules;
  private final Executor blocking;

  OwnerStatements(OwnerTexts texts, OwnerCases cases, DebtorChats debtorChats, ContactRules rules, Executor blocking) {
    this.texts = texts;
    this.cases = cases;
    this.debtorChats = debtorChats;
    this.rules = rules;
    this.blocking = blocking;
  }

  /** The statement as of today for the owner, with the button that sends it to the debtor. */
  OutgoingMessage forOwner(OwnerButtons.Owner owner, CaseView view, LocalDate today) {
    Language language = owner.language();
    return OutgoingMessage.document(owner.chatId(), file(view, language, today),
        texts.text(language, "owner.statement.caption", Map.of("debtor", view.debtor().name(),
            "date", OwnerTexts.date(today, language))),
        List.of(List.of(OwnerTexts.button(texts.text(language, "button.statement_send"),
            OwnerAction.Verb.STATEMENT_SEND, view.id(), null)))).forOwnerOfCase(view.id());
  }

  /** Sends the statement to the debtor's verified chat when the contact rules allow it now, and tells the owner. */
  CompletionStage<List<OutgoingMessage>> toDebtor(OwnerButtons.Owner owner, CaseView view) {
    Instant now = cases.clock().instant();
    return cases.profile(owner.businessId()).thenCombine(CompletableFuture.supplyAsync(() ->
        debtorChats.verifiedOn(Channel.TELEGRAM, view.id()).stream().reduce((a, b) -> b), blocking),
        (profile, chat) -> {
          String debtor = view.debtor().name();
          if (chat.isEmpty() || profile.isEmpty()) {
            return List.of(ownerText(owner, view, "owner.statement.no_chat", Map.of("debtor", debtor)));
          }
          ZoneId zone = view.debtor().timezone() != null ? view.debtor().timezone() : profile.get().timezone();
          ContactRules.Contact contact = new ContactRules.Contact(List.of(), chat.get().lastExchange(), zone,
              profile.get().jurisdiction());
          if (!rules.allows(contact, now)) {
            Instant next = rules.nextAllowed(contact, now);
            return List.of(ownerText(owner, view, "owner.statement.later", Map.of("debtor", debtor,
                "when", OwnerTexts.date(next.atZone(owner.zone()).toLocalDate(), owner.language()) + ", "
                    + OwnerTexts.time(next.atZone(owner.zone()).toLocalTime(), owner.language()))));
          }
          Language language = chat.get().language();
          LocalDate today = now.atZone(zone).toLocalDate();
          OutgoingMessage toDebtor = OutgoingMessage.document(chat.get().chatId(), file(view, language, today),
              texts.text(language, "debtor.statement.caption", Map.of("business", profile.get().name(),
                  "date", OwnerTexts.date(today, language))), List.of()).forCase(view.id());
          return List.of(toDebtor, ownerText(owner, view, "owner.statement.sent", Map.of("debtor", debtor)));
        });
  }

  private OutgoingMessage ownerText(OwnerButtons.Owner owner, CaseView view, String id, Map<String, ?> values) {
    return OutgoingMessage.text(owner.chatId(), texts.text(owner.language(), id, values)).forOwnerOfCase(view.id());
  }

  private OutgoingMessage.Document file(CaseView view, Language language, LocalDate today) {
    return new OutgoingMessage.Document(REFERENCE + language.code() + ":" + view.id(),
        OwnerLetters.fileName(texts.text(language, "owner.statement.file"), view.debtor().name(), today));
  }

  /** Where the sender reads a statement: rendered from the case as it stands, in the reference's language. */
  static DocumentSource documents(CaseLetters letters, Duration timeout) {
    return reference -> {
      if (!reference.startsWith(REFERENCE)) {
        return Optional.empty();
      }
      String[] parts = reference.substring(REFERENCE.length()).split(":", 2);
      if (parts.length < 2) {
        return Optional.empty();
      }
      return OwnerProceedings.awaited(letters.statement(parts[1], Language.fromCode(parts[0])), timeout);
    };
  }
}
