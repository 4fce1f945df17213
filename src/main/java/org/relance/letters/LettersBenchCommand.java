package org.relance.letters;

import com.typesafe.config.Config;
import org.relance.business.BusinessProfile;
import org.relance.business.Jurisdiction;
import org.relance.business.PlanPolicy;
import org.relance.common.Language;
import org.relance.common.Money;
import org.relance.common.PostalAddress;
import org.relance.config.RelanceConfig;
import org.relance.debtorcase.Debtor;
import org.relance.debtorcase.DebtorType;
import org.relance.debtorcase.Invoice;
import org.relance.ladder.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code relance letters-bench}: times the claim, a formal notice and a handover dossier on a
 * sample case (business debtor, {@code --invoices} invoices, a part payment), and with
 * {@code --out DIR} writes that formal notice and dossier as PDF files to look at.
 */
@Command(name = "letters-bench", description = "Time the claim, a formal notice and a dossier; optionally write samples.")
public final class LettersBenchCommand implements Callable<Integer> {

  @Option(names = "--config", description = "Operator settings file (default: ./application.conf).")
  Path configFile = Path.of("application.conf");

  @Option(names = "--invoices", description = "Invoices in the sample case (default: 5).")
  int invoices = 5;

  @Option(names = "--count", description = "Timed repetitions of each operation (default: 200).")
  int count = 200;

  @Option(names = "--out", description = "Directory to write sample-formal_notice.pdf and sample-dossier.pdf to.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Config config = RelanceConfig.load(configFile);
    Letters letters = Letters.fromConfig(config);
    LetterCase file = sample(invoices);
    LocalDate date = LocalDate.of(2025, 9, 15);
    DossierRequest dossier = new DossierRequest(file, date, List.of());
    time("claim", () -> letters.claim(file, date));
    time("formal notice PDF", () -> letters.letter(file, Stage.FORMAL_NOTICE, date));
    time("dossier PDF", () -> letters.dossierPdf(dossier));
    if (out != null) {
      Files.createDirectories(out);
      Files.write(out.resolve("sample-formal_notice.pdf"), letters.letter(file, Stage.FORMAL_NOTICE, date).pdf());
      Files.write(out.resolve("sample-dossier.pdf"), letters.dossierPdf(dossier));
      System.out.println("Samples written to " + out.toAbsolutePath());
    }
    return 0;
  }

  private void time(String what, Supplier<?> operation) {
    for (int i = 0; i < Math.max(10, count / 5); i++) {
      operation.get();
    }
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      operation.get();
    }
    double ms = (System.nanoTime() - start) / 1e6 / count;
    System.out.printf("%-18s %8.3f ms/op  (%d invoices, %d runs)%n", what, ms, invoices, count);
  }

  private static LetterCase sample(int count) {
    BusinessProfile business = new BusinessProfile("Atelier Exemple SARL",
        new PostalAddress("1 rue de l'Exemple", "75011", "Paris", "France"), "SIREN 000 000 000",
        "Jeanne Exemple, gérante", "FR76 0000 0000 0000 0000 0000 000", "EXAMPLEFRPP", Language.FR,
        Jurisdiction.FR, ZoneId.of("Europe/Paris"), null, PlanPolicy.defaults(), 9, Map.of());
    Debtor debtor = new Debtor("Client Exemple SAS", DebtorType.BUSINESS, "SAS", "000 000 001",
        new PostalAddress("2 avenue du Client", "69002", "Lyon", "France"), null, null, Language.FR,
        ZoneId.of("Europe/Paris"));
    List<Invoice> list = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      LocalDate due = LocalDate.of(2025, 3, 31).plusDays(7L * i);
      list.add(new Invoice(String.format("F-%04d", i), Money.of("1200.50", "EUR"), due.minusDays(30), due));
    }
    return LetterCase.of("sample", business, debtor, list,
        List.of(new Payment(LocalDate.of(2025, 6, 15), Money.of("500.00", "EUR"))),
        List.of(new SentReminder(Stage.FIRST_LETTER, LocalDate.of(2025, 7, 1)),
            new SentReminder(Stage.WARNING_LETTER, LocalDate.of(2025, 8, 1))));
  }
}
