package org.relance.admin;

import org.relance.readside.CaseSummaries.CaseSummary;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cases as CSV (RFC 4180, comma-separated, every cell quoted). A cell a spreadsheet would run
 * as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return) gets a leading {@code '} so it shows as text.
 */
final class CasesCsv {

  private static final List<String> HEADER = List.of("case_id", "business_id", "debtor", "debtor_type", "stage",
      "status", "profile", "currency", "balance", "oldest_due_date", "overdue_days", "next_step", "next_step_due_at",
      "open_tasks");

  private CasesCsv() {}

  static String of(List<CaseSummary> cases) {
    StringBuilder csv = new StringBuilder(line(HEADER.stream()));
    for (CaseSummary c : cases) {
      csv.append(line(Stream.of(c.id(), c.businessId(), c.debtorName(), c.debtorType(), c.stage().wire(), c.status(),
          c.profile(), c.currency(), c.balance().toPlainString(), String.valueOf(c.oldestDueDate()),
          String.valueOf(c.overdueDays()), c.nextStep() == null ? "" : c.nextStep().stage().wire(),
          c.nextStep() == null ? "" : String.valueOf(c.nextStep().dueAt()), String.valueOf(c.openTasks()))));
    }
    return csv.toString();
  }

  private static String line(Stream<String> cells) {
    return cells.map(CasesCsv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
