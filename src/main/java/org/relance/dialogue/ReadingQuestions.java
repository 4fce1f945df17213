package org.relance.dialogue;

import org.relance.dialogue.DebtorTalk.Answer;
import org.relance.dialogue.DialogueReply.Choice;
import org.relance.dialogue.PendingQuestion.Awaiting;
import org.relance.dialogue.PendingQuestion.Details;
import org.relance.nlu.facts.Facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The question that proposes readings back to the debtor ({@link ReadingProposals}): one reading
 * with Yes / No ("Si je comprends bien, vous prévoyez de régler 300 € le vendredi 27 novembre :
 * est-ce bien cela ?"), two as choices plus "Autre chose". What it proposes is kept in the pending
 * question's details, so the answer (even after a restart) acts on the reading chosen.
 */
final class ReadingQuestions {

  private final DebtorTexts texts;

  ReadingQuestions(DebtorTexts texts) {
    this.texts = texts;
  }

  /** Proposes {@code offered} for {@code text}; a promise reading carries the first date of {@code ahead} not past. */
  Answer propose(DebtorTalk talk, List<ReadingProposals.Offered> offered, Facts ahead, String text) {
    LocalDate date = ahead.dates().stream().filter(d -> !d.isBefore(talk.today())).findFirst().orElse(null);
    Details details = Details.readings(offered.stream().map(ReadingProposals.Offered::intent).toList(),
        offered.stream().map(ReadingProposals.Offered::reason).toList(),
        Details.promise(date, ahead.amounts().isEmpty() ? null : ahead.amounts().get(0), ahead.method(), text));
    if (offered.size() == 1) {
      return talk.answer(talk.next(Awaiting.READING_CONFIRMATION, details), talk.ask(texts.text(talk.language(),
          "debtor.reading.confirm", Map.of("reading", texts.reading(talk.language(), offered.get(0),
              values(talk, details)))), texts.yesNo(talk.language(), talk.number())));
    }
    return talk.answer(talk.next(Awaiting.READING_CHOICE, details), talk.ask(texts.text(talk.language(),
        "debtor.reading.choose"), choice(talk, details, talk.number())));
  }

  /** The label of the reading the debtor chose ({@code choice}: its id), or the id itself when unknown. */
  String choiceLabel(DebtorTalk talk, String choice) {
    Details details = talk.pending().details();
    return details.readings() == null ? choice : choice(talk, details, talk.pending().askedBy()).stream()
        .flatMap(List::stream).filter(c -> c.id().equals(choice)).map(Choice::label).findFirst().orElse(choice);
  }

  private List<List<Choice>> choice(DebtorTalk talk, Details details, long askedBy) {
    List<ReadingProposals.Offered> offered = IntStream.range(0, details.readings().size())
        .mapToObj(i -> new ReadingProposals.Offered(details.readings().get(i), details.reasons().get(i))).toList();
    return texts.readingChoice(talk.language(), offered, values(talk, details), askedBy);
  }

  private Map<String, Object> values(DebtorTalk talk, Details details) {
    return details.date() == null ? Map.of() : texts.promise(talk, details);
  }
}
