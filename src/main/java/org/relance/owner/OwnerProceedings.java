package org.relance.owner;

import org.relance.common.Language;
import org.relance.debtorcase.CaseView;
import org.relance.letters.CaseLetters;
import org.relance.telegram.DocumentSource;
import org.relance.telegram.OutgoingMessage;
import org.relance.telegram.OutgoingMessage.Button;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Collective proceedings in the owner's chat: the notice that tells the owner at once what to do
 * (declare the claim to the mandataire judiciaire within two months of the BODACC publication,
 * L622-24, R622-24), with the buttons for the declaration PDF and to lift the proceedings; the
 * declaration as a document (reference {@code declaration:<case>}, rendered when the sender reads
 * it, so it is always as of the judgment the case now records).
 */
public final class OwnerProceedings {

  private static final String REFERENCE = "declaration:";

  private final OwnerTexts texts;

  OwnerProceedings(OwnerTexts texts) {
    this.texts = texts;
  }

  /** The notice to the owner that the case is on hold for collective proceedings, and what they must do. */
  public OutgoingMessage notice(String chatId, CaseView view, Language language) {
    return OutgoingMessage.withButtons(chatId, texts.proceedings(view, language, "owner.proceedings.notice"),
        buttons(view, language)).forOwnerOfCase(view.id());
  }

  /** The declaration of the case's claim as a PDF document for the chat. */
  OutgoingMessage declaration(String chatId, CaseView view, Language language, LocalDate today) {
    OutgoingMessage.Document file = new OutgoingMessage.Document(REFERENCE + view.id(),
        OwnerLetters.fileName(texts.text(language, "owner.proceedings.file"), view.debtor().name(), today));
    return OutgoingMessage.document(chatId, file, texts.proceedings(view, language, "owner.proceedings.caption"),
        List.of(List.of(OwnerTexts.button(texts.text(language, "button.open"), OwnerAction.Verb.OPEN, view.id(), null))))
        .forOwnerOfCase(view.id());
  }

  private List<List<Button>> buttons(CaseView view, Language language) {
    return List.of(List.of(
        OwnerTexts.button(texts.text(language, "button.declaration"), OwnerAction.Verb.DECLARATION_PDF, view.id(), null),
        OwnerTexts.button(texts.text(language, "button.lift_proceedings"), OwnerAction.Verb.LIFT_PROCEEDINGS,
            view.id(), null)));
  }

  /**
   * Where the sender reads a declaration: rendered from the case as it stands, or empty when the case has no
   * proceedings. The sender reads on its blocking executor, so waiting here (at most {@code timeout}) is allowed.
   */
  static DocumentSource documents(CaseLetters letters, Duration timeout) {
    return reference -> {
      if (!reference.startsWith(REFERENCE)) {
        return Optional.empty();
      }
      return awaited(letters.claimDeclaration(reference.substring(REFERENCE.length())), timeout);
    };
  }

  /** A document being rendered, waited for at most {@code timeout} (the sender reads on its blocking executor); empty if it fails. */
  static Optional<byte[]> awaited(java.util.concurrent.CompletionStage<Optional<byte[]>> rendering, Duration timeout) {
    try {
      return rendering.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
