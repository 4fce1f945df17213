package org.relance.letters.pdf;

import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.common.Party;
import org.relance.debtorcase.Debtor;
import org.relance.debtorcase.DebtorType;
import org.relance.letters.LetterCase;
import org.relance.letters.CaseMessage;
import org.relance.letters.Commitment;
import org.relance.letters.DossierRequest;
import org.relance.letters.JournalLine;
import org.relance.letters.LetterTexts;
import org.relance.letters.SentReminder;
import org.relance.letters.claim.Claim;
import org.relance.letters.claim.ClaimCalculator;
import org.relance.letters.handover.HandoverAdvice;
import org.relance.letters.handover.NextStep;
import org.relance.letters.limitation.InvoiceLimitation;
import org.relance.letters.limitation.LimitationCalculator;
import org.relance.letters.store.StoredLetter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the handover dossier in the owner's language: the parties (with the legal form,
 * registered office and SIREN the court form needs), the recommended next step and the court form
 * (cerfa 12946 / 12948, or the UK N1), the invoices, the claim with every interest period and
 * payment, the letters (date, SHA-256) and reminders, the commitments in the debtor's words, the
 * limitation of each invoice, every message in and out verbatim, and the whole journal. As a PDF,
 * or as a ZIP holding that PDF and every kept letter.
 */
public final class DossierRenderer {

  private final ClaimCalculator calculator;
  private final LimitationCalculator limitation = new LimitationCalculator();

  public DossierRenderer(ClaimCalculator calculator) {
    this.calculator = calculator;
  }

  /** The dossier as one PDF. */
  public byte[] renderPdf(DossierRequest request) {
    LetterCase file = request.file();
    BusinessProfile business = file.business();
    Language language = business.language();
    LetterTexts texts = LetterTexts.load(language, "dossier");
    LetterFormat format = new LetterFormat(language);
    List<String> variants = LetterTexts.variants(file);
    Claim claim = calculator.compute(file, request.asOf());
    ClaimTables tables = new ClaimTables(texts, format, variants);
    Map<String, String> values = Map.of("debtor", file.debtor().name(), "business", business.name(),
        "case_id", file.caseId(), "as_of", format.date(request.asOf()), "legal_id", orEmpty(business.legalId()),
        "business_address", business.address() == null ? "" : String.join(", ", business.address().lines()));
    String title = LetterTexts.fill(texts.get("title"), values);
    try (PdfLayout layout = new PdfLayout(title, business.name(),
        GregorianCalendar.from(request.asOf().atStartOfDay(business.timezone())),
        LetterTexts.fill(texts.get("footer"), values))) {
      layout.paragraph(title, PdfLayout.Style.TITLE);
      layout.paragraph(LetterTexts.fill(texts.get("subtitle"), values), PdfLayout.Style.SMALL);
      Section s = new Section(layout, texts, format, variants);
      s.parties(file);
      s.advice(HandoverAdvice.of(business.jurisdiction(), file.debtor(), claim));
      layout.heading(texts.get("section.invoices"));
      tables.invoices(layout, claim);
      layout.heading(LetterTexts.fill(texts.get("section.claim"), values));
      tables.claim(layout, claim);
      layout.gap(8);
      tables.summary(layout, claim);
      layout.gap(6);
      tables.rateLines(layout, claim);
      s.payments(file, request);
      layout.heading(texts.get("section.periods"));
      tables.periods(layout, claim);
      s.letters(file, request);
      s.commitments(file.commitments());
      s.limitation(limitation.limits(file, request.asOf()));
      s.messages(file);
      s.journal(file);
      return layout.finish(texts.get("page"));
    }
  }

  /** The dossier PDF and every kept letter ({@code letters/<date>-<stage>.pdf}) in one ZIP. */
  public byte[] renderZip(DossierRequest request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("dossier-" + request.file().caseId() + ".pdf"));
      zip.write(renderPdf(request));
      zip.closeEntry();
      for (StoredLetter letter : request.letters()) {
        zip.putNextEntry(new ZipEntry("letters/" + letter.issuedOn() + "-" + letter.stage().wire() + ".pdf"));
        zip.write(letter.pdf());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the dossier archive", e);
    }
    return out.toByteArray();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** The dossier's sections, drawn on one layout with one set of texts. */
  private record Section(PdfLayout layout, LetterTexts texts, LetterFormat format, List<String> variants) {

    private static PdfLayout.Column col(String header, float weight) {
      return new PdfLayout.Column(header, weight, false);
    }

    private String t(String key) {
      return texts.get(key, variants);
    }

    private String orMissing(String value) {
      return value == null || value.isBlank() ? "[" + t("missing") + "]" : value;
    }

    void parties(LetterCase file) {
      layout.heading(t("section.parties"));
      BusinessProfile b = file.business();
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of(t("field.name"), b.name()));
      rows.add(List.of(t("field.address"), b.address() == null ? "" : String.join(", ", b.address().lines())));
      rows.add(List.of(t("field.legal_id"), orEmpty(b.legalId())));
      rows.add(List.of(t("field.signatory"), orEmpty(b.signatory())));
      rows.add(List.of(t("field.bank"), "IBAN " + orEmpty(b.iban()) + " — BIC " + orEmpty(b.bic())));
      layout.table(List.of(col(t("creditor"), 1.4f), col("", 3.6f)), rows, 0);
      layout.gap(8);
      Debtor d = file.debtor();
      boolean business = d.type() == DebtorType.BUSINESS;
      rows = new ArrayList<>();
      rows.add(List.of(t("field.name"), d.name()));
      rows.add(List.of(t("field.type"), t("type." + d.type().wire())));
      if (business) {
        rows.add(List.of(t("field.legal_form"), orMissing(d.legalForm())));
        rows.add(List.of(t("field.siren"), orMissing(d.siren())));
      }
      rows.add(List.of(t(business ? "field.registered_office" : "field.address"),
          orMissing(d.address() == null ? null : String.join(", ", d.address().lines()))));
      rows.add(List.of(t("field.email"), orEmpty(d.email())));
      rows.add(List.of(t("field.phone"), orEmpty(d.phone())));
      layout.table(List.of(col(t("debtor_heading"), 1.4f), col("", 3.6f)), rows, 0);
    }

    void advice(HandoverAdvice advice) {
      layout.heading(t("section.advice"));
      layout.paragraph(LetterTexts.fill(t("recommended"), Map.of("step", t("step." + advice.recommended().wire()))),
          PdfLayout.Style.BODY_BOLD);
      if (advice.steps().size() > 1) {
        layout.paragraph(t("alternatives"), PdfLayout.Style.BODY);
        for (NextStep step : advice.steps().subList(1, advice.steps().size())) {
          layout.paragraph("– " + t("step." + step.wire()), PdfLayout.Style.BODY);
        }
      }
      layout.gap(6);
      layout.paragraph(t("form." + advice.courtForm().wire()), PdfLayout.Style.BODY);
      if (!advice.missingDebtorData().isEmpty()) {
        List<String> fields = advice.missingDebtorData().stream().map(f -> t("field." + f)).toList();
        layout.paragraph(LetterTexts.fill(t("missing_data"), Map.of("fields", String.join(", ", fields))),
            PdfLayout.Style.BODY_BOLD);
      }
    }

    void payments(LetterCase file, DossierRequest request) {
      layout.heading(t("section.payments"));
      new ClaimTables(texts, format, variants).payments(layout, file, request.asOf());
    }

    void letters(LetterCase file, DossierRequest request) {
      List<StoredLetter> letters = request.letters();
      layout.heading(t("section.letters"));
      for (StoredLetter l : letters) {
        layout.paragraph("– " + LetterTexts.fill(t("letters.item"), Map.of("stage", t("stage." + l.stage().wire()),
            "date", format.shortDate(l.issuedOn()), "language", l.language().code(), "sha256", l.sha256())),
            PdfLayout.Style.SMALL);
        request.posting(l.stage()).ifPresent(p -> layout.paragraph("   " + (p.registeredNumber() == null
            ? LetterTexts.fill(t("letters.posted"), Map.of("date", format.shortDate(p.postedOn())))
            : LetterTexts.fill(t("letters.registered"), Map.of("date", format.shortDate(p.postedOn()),
                "number", p.registeredNumber()))), PdfLayout.Style.SMALL));
      }
      if (!letters.isEmpty()) {
        layout.paragraph(t("letters.attached"), PdfLayout.Style.SMALL);
      }
      layout.gap(6);
      layout.paragraph(t("reminders.heading"), PdfLayout.Style.BODY_BOLD);
      if (file.reminders().isEmpty()) {
        layout.paragraph(t("none"), PdfLayout.Style.BODY);
      }
      for (SentReminder r : file.reminders()) {
        layout.paragraph("– " + format.shortDate(r.sentOn()) + " : " + t("stage." + r.stage().wire()),
            PdfLayout.Style.BODY);
      }
    }

    void commitments(List<Commitment> commitments) {
      layout.heading(t("section.commitments"));
      if (commitments.isEmpty()) {
        layout.paragraph(t("none"), PdfLayout.Style.BODY);
        return;
      }
      List<List<String>> rows = commitments.stream().map(c -> List.of(format.shortDate(c.recordedOn()),
          t("kind." + c.kind().wire()), "« " + c.debtorWords() + " »", t(c.ownerConfirmed() ? "yes" : "no"),
          c.status())).toList();
      layout.table(List.of(col(t("commitments.date"), 1f), col(t("commitments.kind"), 1.3f),
          col(t("commitments.words"), 3.2f), col(t("commitments.confirmed"), 1f), col(t("commitments.status"), 1f)),
          rows, 0);
    }

    void limitation(List<InvoiceLimitation> limits) {
      layout.heading(t("section.limitation"));
      List<List<String>> rows = limits.stream().map(l -> List.of(l.invoiceNumber(), format.shortDate(l.runsFrom()),
          format.shortDate(l.limitDate()),
          l.basisArticle() + (l.restart() == null ? "" : " ; " + l.restartArticle()))).toList();
      layout.table(List.of(col(t("limitation.invoice"), 1f), col(t("limitation.runs_from"), 1f),
          col(t("limitation.limit"), 1f), col(t("limitation.basis"), 2.6f)), rows, 0);
    }

    void messages(LetterCase file) {
      layout.heading(t("section.messages"));
      if (file.messages().isEmpty()) {
        layout.paragraph(t("none"), PdfLayout.Style.BODY);
      }
      for (CaseMessage m : file.messages()) {
        layout.keepTogether(3 * layout.lineHeight(PdfLayout.Style.BODY));
        layout.paragraph(format.time(m.at(), file.business().timezone()) + " — " + whom(m)
            + (m.channel().isBlank() ? "" : " (" + m.channel() + ")"), PdfLayout.Style.SMALL_BOLD);
        layout.paragraph(m.text(), PdfLayout.Style.BODY);
        layout.gap(5);
      }
    }

    /** "envoyé au débiteur", "adressé au créancier, non au débiteur (chat 1801)"...: the direction and the party. */
    private String whom(CaseMessage m) {
      String label = t("message." + m.direction().wire() + (m.party() == Party.OWNER ? ".owner" : ""));
      return m.chatId() == null ? label : label + " " + LetterTexts.fill(t("message.chat"), Map.of("chat", m.chatId()));
    }

    void journal(LetterCase file) {
      layout.heading(t("section.journal"));
      if (file.journal().isEmpty()) {
        layout.paragraph(t("none"), PdfLayout.Style.BODY);
        return;
      }
      List<List<String>> rows = new ArrayList<>();
      for (JournalLine line : file.journal()) {
        rows.add(List.of(String.valueOf(line.sequenceNumber()), format.time(line.at(), file.business().timezone()),
            line.type(), line.dataJson()));
      }
      layout.table(List.of(col(t("journal.seq"), 0.5f), col(t("journal.time"), 1.5f), col(t("journal.type"), 1.4f),
          col(t("journal.data"), 3.6f)), rows, 0);
    }
  }
}
