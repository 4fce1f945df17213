package org.relance.owner;

import org.relance.stats.MoneyPictures;
import org.relance.stats.StatsDocuments;
import org.relance.stats.StatsTexts;
import org.relance.telegram.OutgoingMessage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * {@code /stats}: where the business's money stands, as a chart (a photo drawn by the sender from
 * {@link StatsDocuments}) captioned with every number in words, one per currency; a polite line
 * when nothing is owed and nothing was invoiced lately. The numbers are read on the blocking executor.
 */
final class OwnerStats {

  private final MoneyPictures pictures;
  private final StatsTexts texts;
  private final OwnerTexts ownerTexts;
  private final Clock clock;
  private final Executor blocking;

  OwnerStats(MoneyPictures pictures, StatsTexts texts, OwnerTexts ownerTexts, Clock clock, Executor blocking) {
    this.pictures = pictures;
    this.texts = texts;
    this.ownerTexts = ownerTexts;
    this.clock = clock;
    this.blocking = blocking;
  }

  CompletionStage<List<OutgoingMessage>> answer(OwnerButtons.Owner owner) {
    Instant now = clock.instant();
    return CompletableFuture.supplyAsync(() -> pictures.of(Set.of(owner.businessId()), now), blocking)
        .thenApply(found -> found.isEmpty()
            ? List.of(OutgoingMessage.text(owner.chatId(), ownerTexts.text(owner.language(), "owner.stats.empty")))
            : found.stream().map(picture -> OutgoingMessage.photo(owner.chatId(),
                StatsDocuments.file(picture, owner.language(), now), texts.summary(picture, owner.language())))
                .toList());
  }
}
