package org.relance.owner;

import org.relance.common.Language;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.OwnerTask;
import org.relance.telegram.OutgoingMessage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The owner's open tasks due on a day or before, across their cases, as messages: a title, then
 * one message per task with its buttons. Used by {@code /today} and the morning digest. Pure.
 */
public final class OwnerAgenda {

  private final OwnerTexts texts;

  public OwnerAgenda(OwnerTexts texts) {
    this.texts = texts;
  }

  /** A task of a case. */
  public record DueTask(CaseView view, OwnerTask task) {}

  /** Open tasks due on {@code today} or before, oldest due first, in the cases' order. */
  public static List<DueTask> due(List<CaseView> views, LocalDate today) {
    List<DueTask> due = new ArrayList<>();
    for (CaseView view : views) {
      view.tasks().stream().filter(t -> t.isOpen() && !t.dueOn().isAfter(today))
          .forEach(t -> due.add(new DueTask(view, t)));
    }
    due.sort(java.util.Comparator.comparing((DueTask d) -> d.task().dueOn()));
    return due;
  }

  /** The title (with the count) and one message per task; nothing at all when nothing is due. */
  public List<OutgoingMessage> messages(String chatId, String titleId, List<DueTask> due, Language language) {
    if (due.isEmpty()) {
      return List.of();
    }
    List<OutgoingMessage> messages = new ArrayList<>();
    messages.add(OutgoingMessage.text(chatId, texts.text(language, titleId, Map.of("count", due.size()))));
    due.forEach(d -> messages.add(texts.task(chatId, d.view(), d.task(), language)));
    return messages;
  }
}
