package org.relance.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.relance.debtorcase.CaseFile;
import org.relance.debtorcase.OwnerTask;
import org.relance.debtorcase.PersonalFields;
import org.relance.ladder.Stage;
import org.relance.letters.limitation.LimitationCalculator;
import org.relance.messages.MessageTemplates;
import org.relance.scheduling.TimeKeeper;
import org.relance.telegram.OutgoingMessage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Erases the personal data of closed cases once kept long enough ({@code relance.retention}): a
 * case closed on day D is erased on D plus {@code closed-case-years} (by default its limitation
 * period plus one year), its owner told a month before through the owner chats (each notice once,
 * copied to the case's journal); the erasure comes at least a month after the notice. A case handed
 * over or closed with a dispute still to settle (an open handover or dispute task) is kept. An
 * alarm of the service's clock: on the simulated clock it rings on its day during an advance; on
 * the system clock it is rung by an {@code AlarmTicker}, a cluster singleton, so once per cluster.
 */
public final class Retention implements TimeKeeper.Alarm {

  /** Who the audit log names for what retention does. */
  static final String ACTOR = "retention";

  private final DataSource dataSource;
  private final ObjectMapper json;
  private final PersonalData personalData;
  private final OptionalInt closedCaseYears;
  private final MessageTemplates templates;
  private final Function<String, List<String>> ownerChats;
  private final BiFunction<String, List<OutgoingMessage>, CompletionStage<Boolean>> sendOnce;
  private final Executor blocking;

  /** A closed case that will be erased: when the owner is told, when it is erased (once told). */
  private record Due(CaseFile file, LocalDate noticeOn, LocalDate eraseOn, boolean told) {
    Instant next() {
      return (told ? eraseOn : noticeOn).atStartOfDay(file.terms().zone()).toInstant();
    }
  }

  public Retention(DataSource dataSource, ObjectMapper json, PersonalData personalData, OptionalInt closedCaseYears,
                   MessageTemplates templates, Function<String, List<String>> ownerChats,
                   BiFunction<String, List<OutgoingMessage>, CompletionStage<Boolean>> sendOnce, Executor blocking) {
    this.dataSource = dataSource;
    this.json = json;
    this.personalData = personalData;
    this.closedCaseYears = closedCaseYears;
    this.templates = templates;
    this.ownerChats = ownerChats;
    this.sendOnce = sendOnce;
    this.blocking = blocking;
  }

  /** The setting {@code relance.retention.closed-case-years}: a whole number of years, or empty for the default. */
  public static OptionalInt years(String setting) {
    if (setting.isBlank()) {
      return OptionalInt.empty();
    }
    try {
      int years = Integer.parseInt(setting.trim());
      if (years < 1) {
        throw new NumberFormatException();
      }
      return OptionalInt.of(years);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("relance.retention.closed-case-years must be a whole number of years (1 or "
          + "more), or empty for the limitation period plus one year, not '" + setting + "'");
    }
  }

  /** The years a closed case is kept: the setting, else the case's limitation period plus one. */
  int yearsKept(CaseFile file) {
    return closedCaseYears.orElseGet(() ->
        LimitationCalculator.years(file.terms().jurisdiction(), file.debtor().type()) + 1);
  }

  @Override
  public CompletionStage<Optional<Instant>> nextAfter(Instant after) {
    // one overdue (a ring that failed) is tried again a day later rather than lost
    return CompletableFuture.supplyAsync(() -> due().stream().map(Due::next)
        .map(at -> at.isAfter(after) ? at : after.plus(Duration.ofDays(1))).min(Instant::compareTo), blocking);
  }

  @Override
  public CompletionStage<Void> ring(Instant at) {
    return CompletableFuture.supplyAsync(this::due, blocking).thenCompose(due -> {
      CompletionStage<Void> all = CompletableFuture.completedFuture(null);
      for (Due one : due) {
        if (!one.next().isAfter(at)) {
          all = all.thenCompose(done -> one.told() ? erase(one) : tell(one, at));
        }
      }
      return all;
    });
  }

  private CompletionStage<Void> erase(Due due) {
    return personalData.eraseOne(due.file(), ACTOR, "closed on " + due.file().closedAt() + ", kept "
        + yearsKept(due.file()) + " years (relance.retention.closed-case-years)", PrivacyStore.Action.RETENTION_ERASE)
        .thenApply(id -> null);
  }

  /** Tells the owner, then records the day of the erasure, a month on at least. */
  private CompletionStage<Void> tell(Due due, Instant at) {
    CaseFile file = due.file();
    LocalDate today = at.atZone(file.terms().zone()).toLocalDate();
    LocalDate eraseOn = due.eraseOn().isAfter(today.plusMonths(1)) ? due.eraseOn() : today.plusMonths(1);
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(file.terms().language().locale());
    Map<String, Object> values = new HashMap<>();
    values.put("debtor", file.debtor().name());
    values.put("closed", format.format(file.closedAt().atZone(file.terms().zone())));
    values.put("day", format.format(eraseOn));
    String text = templates.text(file.terms().language(), "owner.retention", values);
    return CompletableFuture.supplyAsync(() -> ownerChats.apply(file.terms().businessId()), blocking)
        .thenCompose(chats -> sendOnce.apply("retention:" + file.caseId(), chats.stream()
            .map(chat -> OutgoingMessage.text(chat, text).forOwnerOfCase(file.caseId())).toList()))
        .thenAcceptAsync(sent -> personalData.noticed(file, eraseOn, at, ACTOR), blocking);
  }

  /** Blocking: the closed cases not erased yet nor kept, with their days. */
  private List<Due> due() {
    List<Due> due = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT r.state_json, n.erase_on FROM case_read_state r "
             + "JOIN case_summary s ON s.case_id = r.case_id "
             + "LEFT JOIN relance_retention_notice n ON n.case_id = r.case_id WHERE s.status = 'closed'");
         ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        CaseFile file = json.readValue(rs.getString(1), CaseFile.class);
        if (PersonalFields.ERASED.equals(file.debtor().name()) || kept(file) || file.closedAt() == null) {
          continue;
        }
        LocalDate eraseOn = file.closedAt().atZone(file.terms().zone()).toLocalDate().plusYears(yearsKept(file));
        java.sql.Date told = rs.getDate(2);
        due.add(told == null ? new Due(file, eraseOn.minusMonths(1), eraseOn, false)
            : new Due(file, null, told.toLocalDate(), true));
      }
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read the closed cases for retention: " + e.getMessage(), e);
    }
    return due;
  }

  /** A case handed over, or closed with a dispute or a handover still open, is kept. */
  private static boolean kept(CaseFile file) {
    return file.stage() == Stage.HANDOVER || file.tasks().stream().anyMatch(task -> task.isOpen()
        && (task.kind() == OwnerTask.Kind.HANDOVER || task.kind() == OwnerTask.Kind.RESOLVE_DISPUTE));
  }

}
