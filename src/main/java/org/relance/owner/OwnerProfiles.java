package org.relance.owner;

import org.relance.common.Language;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.DebtorProfile;
import org.relance.ladder.Steering;
import org.relance.telegram.OutgoingMessage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * The debtor's profile steering the ladder, in the owner's chat: {@code /profiles} shows each open case
 * whose profile suggests a course the ladder does not follow yet, with its reasons in the owner's language
 * and the course ({@link DebtorProfile#suggestedCourse()}), which one button accepts ({@code course:<case>:<course>},
 * recorded as {@code CourseChosen}); the Important button of {@code /important} marks a customer important or
 * no longer (a gentler ladder by default). Each answer says the ladder's next step as it now stands.
 */
final class OwnerProfiles {

  private final OwnerCases cases;
  private final OwnerTexts texts;

  OwnerProfiles(OwnerCases cases, OwnerTexts texts) {
    this.cases = cases;
    this.texts = texts;
  }

  /** {@code /profiles}: one message per case with a course to suggest, or a line saying there is none. */
  CompletionStage<List<OutgoingMessage>> suggestions(OwnerButtons.Owner owner) {
    return cases.openCases(owner.businessId()).thenApply(views -> {
      List<OutgoingMessage> messages = views.stream()
          .filter(v -> v.profile().suggestedCourse().filter(course -> course != v.steering()).isPresent())
          .map(v -> suggestion(owner, v)).toList();
      return messages.isEmpty()
          ? List.of(OutgoingMessage.text(owner.chatId(), texts.text(owner.language(), "owner.profiles.none")))
          : messages;
    });
  }

  private OutgoingMessage suggestion(OwnerButtons.Owner owner, CaseView view) {
    Language language = owner.language();
    DebtorProfile profile = view.profile();
    Steering course = profile.suggestedCourse().orElseThrow();
    String reasons = profile.why().stream().map(r -> texts.text(language, "profile.reason." + r.code(),
        Map.of("count", r.count()))).collect(Collectors.joining(", "));
    return OutgoingMessage.withButtons(owner.chatId(), texts.text(language,
            "owner.profile." + profile.kind().name().toLowerCase(java.util.Locale.ROOT),
            Map.of("debtor", view.debtor().name(), "reasons", reasons)),
        List.of(List.of(OwnerTexts.button(texts.text(language, "button.course." + course.wire()),
            OwnerAction.Verb.COURSE, view.id(), course.wire())))).forOwnerOfCase(view.id());
  }

  /** The owner accepts {@code wire} (a course's name) for the case. */
  CompletionStage<List<OutgoingMessage>> accept(OwnerButtons.Owner owner, CaseView view, String wire, String key) {
    Steering course = Steering.fromWire(wire);
    return answer(owner, view, r -> new CaseCommand.ChooseCourse(course, key, r), "owner.course.chosen." + course.wire());
  }

  /** The owner marks the customer important, or no longer, whichever it was not. */
  CompletionStage<List<OutgoingMessage>> toggleImportance(OwnerButtons.Owner owner, CaseView view, String key) {
    boolean important = !view.important();
    return answer(owner, view, r -> new CaseCommand.SetImportant(important, key, r),
        important ? "owner.important.on" : "owner.important.off");
  }

  private CompletionStage<List<OutgoingMessage>> answer(OwnerButtons.Owner owner, CaseView view,
      java.util.function.Function<org.apache.pekko.actor.typed.ActorRef<CaseReply>, CaseCommand> command, String doneId) {
    Language language = owner.language();
    return cases.ask(view.id(), command).thenApply(reply -> {
      if (!(reply instanceof CaseReply.Accepted accepted)) {
        return List.of(OutgoingMessage.text(owner.chatId(), texts.text(language, "owner.refused")));
      }
      String done = texts.text(language, doneId, Map.of("debtor", view.debtor().name()));
      String next = Optional.ofNullable(accepted.view().nextStep()).map(step -> "\n" + texts.text(language,
          "owner.steered.next", Map.of("stage", texts.stage(step.stage(), language),
              "date", OwnerTexts.date(step.dueAt().atZone(owner.zone()).toLocalDate(), language)))).orElse("");
      return List.of(OutgoingMessage.text(owner.chatId(), done + next).forOwnerOfCase(view.id()));
    });
  }
}
