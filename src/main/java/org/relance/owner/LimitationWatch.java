package org.relance.owner;

import org.relance.business.BusinessProfile;
import org.relance.debtorcase.CaseView;
import org.relance.letters.CaseLetters;
import org.relance.scheduling.TimeKeeper;
import org.relance.telegram.OutgoingMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * Warns the owner that a claim will soon be time-barred: once a day, at the business's digest time
 * (on the simulated clock right after the digest, which rings first), each open case's
 * limitation warnings due that day ({@link CaseLetters#limitationWarnings}: six months and one month
 * before the limit, restarted only by a part payment or an acknowledgment the owner confirmed) go to
 * the business's chats with their basis, each once per case and warning key (outbox key
 * {@code limitation:<case>:<warning key>}). A business with no chat is warned once it has one.
 */
public final class LimitationWatch implements TimeKeeper.Alarm {

  /** No limitation is shorter than two years, so no warning comes before 18 months after a due date. */
  private static final int FIRST_WARNING_MONTHS = 18;

  private final OwnerChats chats;
  private final OwnerCases cases;
  private final OwnerTexts texts;
  private final CaseLetters letters;
  private final BiFunction<String, List<OutgoingMessage>, CompletionStage<Boolean>> sendOnce;
  private final Executor blocking;

  LimitationWatch(OwnerChats chats, OwnerCases cases, OwnerTexts texts, CaseLetters letters,
                  BiFunction<String, List<OutgoingMessage>, CompletionStage<Boolean>> sendOnce, Executor blocking) {
    this.chats = chats;
    this.cases = cases;
    this.texts = texts;
    this.letters = letters;
    this.sendOnce = sendOnce;
    this.blocking = blocking;
  }

  @Override
  public CompletionStage<Optional<Instant>> nextAfter(Instant after) {
    return businesses().thenApply(profiles -> profiles.values().stream()
        .map(p -> OwnerDigest.nextDigest(after, p.digestTime(), p.timezone())).min(Instant::compareTo));
  }

  @Override
  public CompletionStage<Void> ring(Instant at) {
    return businesses().thenCompose(profiles -> {
      CompletionStage<Void> all = CompletableFuture.completedFuture(null);
      for (Map.Entry<String, BusinessProfile> business : profiles.entrySet()) {
        ZonedDateTime local = at.atZone(business.getValue().timezone());
        if (local.toLocalTime().truncatedTo(ChronoUnit.MINUTES).equals(business.getValue().digestTime())) {
          all = all.thenCompose(done -> warn(business.getKey(), business.getValue(), local.toLocalDate()));
        }
      }
      return all;
    });
  }

  private CompletionStage<Void> warn(String businessId, BusinessProfile profile, LocalDate today) {
    LocalDate oldEnough = today.minusMonths(FIRST_WARNING_MONTHS);
    return cases.openCases(businessId).thenCompose(views -> {
      CompletionStage<Void> all = CompletableFuture.completedFuture(null);
      for (CaseView view : views) {
        if (view.invoices().stream().anyMatch(i -> !i.dueDate().isAfter(oldEnough))) {
          all = all.thenCompose(done -> warn(businessId, profile, view, today));
        }
      }
      return all;
    });
  }

  private CompletionStage<Void> warn(String businessId, BusinessProfile profile, CaseView view, LocalDate today) {
    return letters.limitationWarnings(view.id(), today).thenCombine(
            CompletableFuture.supplyAsync(() -> chats.chatsOf(businessId), blocking), (due, chatIds) -> {
              CompletionStage<Void> all = CompletableFuture.completedFuture(null);
              for (CaseLetters.DueWarning warning : due.orElse(List.of())) {
                List<OutgoingMessage> messages = chatIds.stream().map(chat -> message(chat, view, warning,
                    profile)).toList();
                all = all.thenCompose(done -> sendOnce.apply("limitation:" + view.id() + ":"
                    + warning.warning().key(), messages).thenApply(queued -> null));
              }
              return all;
            })
        .thenCompose(sent -> sent);
  }

  private OutgoingMessage message(String chat, CaseView view, CaseLetters.DueWarning warning, BusinessProfile profile) {
    return OutgoingMessage.withButtons(chat, texts.text(profile.language(), "owner.limitation", Map.of(
        "debtor", view.debtor().name(), "warning", warning.text())), List.of(List.of(OwnerTexts.button(
            texts.text(profile.language(), "button.open"), OwnerAction.Verb.OPEN, view.id(), null))))
        .forOwnerOfCase(view.id());
  }

  /** The profile of every business with a bound chat. */
  private CompletionStage<Map<String, BusinessProfile>> businesses() {
    return cases.boundOwners(chats).thenApply(owners -> {
      Map<String, BusinessProfile> profiles = new TreeMap<>();
      owners.forEach(owner -> profiles.put(owner.binding().businessId(), owner.profile()));
      return profiles;
    });
  }
}
