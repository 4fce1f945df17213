package org.relance.owner;

import org.relance.common.Language;
import org.relance.imports.FileImports;
import org.relance.imports.ImportStatus;
import org.relance.imports.Rejection;
import org.relance.limits.InputLimits;
import org.relance.telegram.OutgoingMessage;
import org.telegram.telegrambots.meta.api.objects.Document;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Imports in the owner's chat: a file sent to the bot (a ledger as CSV or XLSX, or a Factur-X PDF /
 * CII / UBL e-invoice) is read, and the mapping found (or the invoice found) is shown with
 * "Import" / "Cancel" buttons; once confirmed, that message is edited with the progress and then the
 * counts and the refused lines. A file waiting for its confirmation is held in memory (a restart asks
 * the owner to send it again); the import itself is kept in its table.
 */
final class OwnerImports {

  /** The callback data of the buttons under the mapping. */
  static final String GO = "imp:go";
  static final String CANCEL = "imp:no";
  /** Refused lines listed in the chat; the rest are on the admin page and in the API. */
  private static final int LINES_SHOWN = 10;
  /** Characters of a refused cell quoted back in the chat. */
  private static final int DETAIL_SHOWN = 40;

  /** Downloads a file a user sent (empty: larger than the bound). */
  interface Downloads {
    CompletionStage<Optional<byte[]>> download(String fileId, long maxBytes);
  }

  /** What the chat needs once Telegram and the imports are up. */
  record Connected(FileImports files, Downloads downloads,
                   Function<List<OutgoingMessage>, CompletionStage<Void>> send) {}

  private final OwnerTexts texts;
  private final Executor blocking;
  private final AtomicReference<Connected> connected = new AtomicReference<>();
  private final Map<String, FileImports.Prepared> waiting = new ConcurrentHashMap<>();

  OwnerImports(OwnerTexts texts, Executor blocking) {
    this.texts = texts;
    this.blocking = blocking;
  }

  void connect(Connected parts) {
    connected.set(parts);
  }

  /** A file the owner sent: what it holds and the buttons to import it, or why it cannot be. */
  CompletionStage<List<OutgoingMessage>> received(OwnerButtons.Owner owner, Document document) {
    Connected parts = connected.get();
    Language language = owner.language();
    if (parts == null) {
      return say(owner, texts.text(language, "owner.import.unavailable"));
    }
    if (document.getFileSize() != null && document.getFileSize() > InputLimits.IMPORT_BYTES) {
      return say(owner, refusal(language, "too_large"));
    }
    return parts.downloads().download(document.getFileId(), InputLimits.IMPORT_BYTES).thenApplyAsync(bytes -> {
      if (bytes.isEmpty()) {
        return List.of(OutgoingMessage.text(owner.chatId(), refusal(language, "too_large")));
      }
      FileImports.Prepared prepared = parts.files().prepare(bytes.get(), "");
      if (prepared.refusal() != null) {
        return List.of(OutgoingMessage.text(owner.chatId(), refusal(language, prepared.key())));
      }
      waiting.put(owner.chatId(), prepared);
      String found = prepared.eInvoice()
          ? texts.text(language, "owner.import.invoice_found", Map.of("client", cell(prepared, 0),
              "number", cell(prepared, 1), "amount", shown(() -> OwnerTexts.money(new java.math.BigDecimal(cell(prepared, 5)),
                  cell(prepared, 8).isEmpty() ? "EUR" : cell(prepared, 8), language), cell(prepared, 5)),
              "due", shown(() -> OwnerTexts.date(java.time.LocalDate.parse(cell(prepared, 3)), language),
                  cell(prepared, 3))))
          : texts.text(language, "owner.import.mapping", Map.of("file", String.valueOf(document.getFileName()),
              "rows", prepared.table().rows().size(),
              "mapping", prepared.mapping().describe(c -> column(language, c.wire()),
                  texts.text(language, "owner.import.none"))));
      return List.of(OutgoingMessage.withButtons(owner.chatId(), found, List.of(List.of(
          new OutgoingMessage.Button(texts.text(language, "owner.import.go"), GO),
          new OutgoingMessage.Button(texts.text(language, "owner.import.cancel"), CANCEL)))));
    }, blocking);
  }

  /** "Import" or "Cancel" pressed under the message {@code messageId}. */
  CompletionStage<List<OutgoingMessage>> pressed(OwnerButtons.Owner owner, String data, int messageId) {
    Language language = owner.language();
    FileImports.Prepared prepared = waiting.remove(owner.chatId());
    Connected parts = connected.get();
    if (prepared == null || parts == null) {
      return say(owner, texts.text(language, "owner.import.expired"));
    }
    if (data.equals(CANCEL)) {
      return done(List.of(OutgoingMessage.edit(owner.chatId(), messageId, texts.text(language, "owner.import.cancelled"))));
    }
    Progress progress = new Progress(owner, messageId, parts);
    String starting = texts.text(language, "owner.import.progress", Map.of("done", 0,
        "total", prepared.table().rows().size()));
    return parts.send().apply(List.of(OutgoingMessage.edit(owner.chatId(), messageId, starting)))
        .thenCompose(x -> parts.files().start(owner.businessId(), "chat", prepared, progress::report))
        .<List<OutgoingMessage>>thenApply(first -> List.of())
        .exceptionally(failure -> List.of(OutgoingMessage.edit(owner.chatId(), messageId,
            texts.text(language, "owner.import.failed"))));
  }

  /** Edits the message with each status in turn; none after the last. */
  private final class Progress {
    private final OwnerButtons.Owner owner;
    private final int messageId;
    private final Connected parts;
    private CompletionStage<Void> last = CompletableFuture.completedFuture(null);
    private boolean finished;

    Progress(OwnerButtons.Owner owner, int messageId, Connected parts) {
      this.owner = owner;
      this.messageId = messageId;
      this.parts = parts;
    }

    synchronized void report(ImportStatus status) {
      if (finished) {
        return;
      }
      finished = status.finished();
      String text = status.finished() ? summary(owner.language(), status) : progressText(owner.language(), status);
      last = last.thenCompose(x -> parts.send().apply(List.of(OutgoingMessage.edit(owner.chatId(), messageId, text))));
    }
  }

  private String progressText(Language language, ImportStatus status) {
    return texts.text(language, "owner.import.progress", Map.of("done", status.done(), "total", status.total()));
  }

  private String summary(Language language, ImportStatus status) {
    if (status.status().equals(ImportStatus.FAILED)) {
      return texts.text(language, "owner.import.failed");
    }
    StringBuilder text = new StringBuilder(texts.text(language, "owner.import.done", Map.of("created", status.created(),
        "updated", status.updated(), "unchanged", status.unchanged(), "paid", status.paid(),
        "skipped", status.skipped())));
    List<Rejection> rejected = status.rejected();
    if (!rejected.isEmpty()) {
      text.append("\n\n").append(texts.text(language, "owner.import.rejected", Map.of("count", rejected.size())));
      rejected.stream().limit(LINES_SHOWN).forEach(r -> text.append('\n').append(texts.text(language,
          "owner.import.rejected_line", Map.of("line", r.line(), "field", column(language, r.field()),
              "error", why(language, r)))));
      if (rejected.size() > LINES_SHOWN) {
        text.append('\n').append(texts.text(language, "owner.import.rejected_more",
            Map.of("count", rejected.size() - LINES_SHOWN)));
      }
    }
    return text.toString();
  }

  /** A ledger column as the owner's language names it. */
  private String column(Language language, String wire) {
    return texts.text(language, "owner.import.column." + wire);
  }

  /** Why a line was not taken, in the owner's language (a rejection stored before codes existed: as stored). */
  private String why(Language language, Rejection rejection) {
    if (rejection.code() == null) {
      return rejection.error();
    }
    String detail = rejection.detail() == null ? "" : rejection.detail().length() > DETAIL_SHOWN
        ? rejection.detail().substring(0, DETAIL_SHOWN) + "…" : rejection.detail();
    return texts.text(language, "owner.import.error." + rejection.code(), Map.of("detail", detail));
  }

  private String refusal(Language language, String key) {
    return texts.text(language, "owner.import.unreadable." + key);
  }

  /** A value written the owner's way, or as the invoice has it when it is not a number or a day (checked later). */
  private static String shown(java.util.function.Supplier<String> formatted, String raw) {
    try {
      return formatted.get();
    } catch (RuntimeException e) {
      return raw;
    }
  }

  private static String cell(FileImports.Prepared prepared, int index) {
    return prepared.table().rows().get(0).cells().get(index);
  }

  private static CompletionStage<List<OutgoingMessage>> say(OwnerButtons.Owner owner, String text) {
    return done(List.of(OutgoingMessage.text(owner.chatId(), text)));
  }

  private static CompletionStage<List<OutgoingMessage>> done(List<OutgoingMessage> messages) {
    return CompletableFuture.completedFuture(messages);
  }
}
