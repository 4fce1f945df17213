package org.relance.stats;

import org.relance.common.Language;
import org.relance.telegram.DocumentSource;
import org.relance.telegram.OutgoingMessage;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The charts the bot sends as photos, by reference: {@code stats:<language>:<epoch second>:<currency>:<business>}
 * names the picture of one business in one currency as it stood at that instant. The Telegram sender
 * reads it on its blocking executor, so the chart is drawn there (off the actor threads), and a resend
 * after a restart draws the same instant.
 */
public final class StatsDocuments implements DocumentSource {

  private static final String PREFIX = "stats:";

  private final MoneyPictures pictures;
  private final StatsChart chart;

  public StatsDocuments(MoneyPictures pictures, StatsChart chart) {
    this.pictures = pictures;
    this.chart = chart;
  }

  /** The photo file of {@code picture} for a reader of {@code language}, counted at {@code at}. */
  public static OutgoingMessage.Document file(MoneyPicture picture, Language language, Instant at) {
    return new OutgoingMessage.Document(PREFIX + language.code() + ":" + at.getEpochSecond() + ":"
        + picture.currency() + ":" + picture.businessId(),
        "stats-" + picture.day() + "-" + picture.currency().toLowerCase(java.util.Locale.ROOT) + ".png");
  }

  @Override
  public Optional<byte[]> read(String reference) {
    if (!reference.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = reference.substring(PREFIX.length()).split(":", 4);
    if (parts.length < 4) {
      return Optional.empty();
    }
    try {
      Language language = Language.fromCode(parts[0]);
      Instant at = Instant.ofEpochSecond(Long.parseLong(parts[1]));
      return pictures.of(Set.of(parts[3]), at).stream().filter(p -> p.currency().equals(parts[2])).findFirst()
          .map(picture -> chart.png(picture, language));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
