package org.relance.letters.pdf;

import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.debtorcase.Invoice;
import org.relance.letters.LetterCase;
import org.relance.letters.LetterRequest;
import org.relance.letters.LetterTexts;
import org.relance.letters.SentReminder;
import org.relance.letters.RenderedLetter;
import org.relance.letters.claim.Claim;
import org.relance.letters.claim.ClaimCalculator;
import org.relance.common.Money;
import org.relance.payment.EpcQr;
import org.relance.payment.Iban;
import org.relance.payment.PaymentDetails;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a letter of the ladder (first_letter, warning_letter, formal_notice) to PDF from the
 * templates in {@code conversations/letters/<lang>/<stage>.properties}. The template's
 * {@code blocks} list orders the letter; {@code invoices}, {@code claim} (only when something is
 * owed beyond the principal), {@code reminders},
 * {@code paid_note}, {@code payment} (the bank details, the reference, the EPC QR code: {@link LetterPayment})
 * and {@code signature} are drawn from the case, every other block is a text
 * whose variant ({@code .b2b}, {@code .uk_b2b}...) suits the case, an empty one being left out.
 * The claim is computed as of the letter's date. The same machinery renders the declaration of a
 * claim to the mandataire judiciaire ({@code claim_declaration}), its claim as of the opening
 * judgment. Pure apart from building the bytes.
 */
public final class LetterRenderer {

  /** The side of the payment QR code on the page, in points (about 3 cm; the EPC asks for at least 2 cm). */
  private static final float QR_POINTS = 86;
  /** The side of the debtor page's QR code (about 2 cm: a short address, read by any phone's camera). */
  private static final float PAGE_QR_POINTS = 56;

  private final ClaimCalculator calculator;

  public LetterRenderer(ClaimCalculator calculator) {
    this.calculator = calculator;
  }

  public RenderedLetter render(LetterRequest request) {
    Claim claim = calculator.compute(request.file(), request.letterDate());
    byte[] pdf = render(request, request.stage().wire(), claim, Map.of());
    return RenderedLetter.of(request.stage(), request.letterDate(), request.language(), pdf, claim);
  }

  /**
   * The declaration of a claim to the mandataire judiciaire ({@code claim_declaration}), dated
   * {@code request}'s date, with the claim as of {@code judgmentDate} (penalties stop at the opening
   * judgment, Code de commerce L622-28) and every earlier reminder recalled.
   */
  public byte[] renderDeclaration(LetterRequest request, java.time.LocalDate judgmentDate) {
    Claim claim = calculator.compute(request.file(), judgmentDate);
    return render(request, "claim_declaration", claim, Map.of("judgment_date",
        new LetterFormat(request.language()).date(judgmentDate)));
  }

  private byte[] render(LetterRequest request, String template, Claim claim, Map<String, String> more) {
    LetterCase file = request.file();
    Language language = request.language();
    LetterTexts texts = LetterTexts.load(language, template);
    LetterFormat format = new LetterFormat(language);
    List<String> variants = LetterTexts.variants(file);
    ClaimTables tables = new ClaimTables(texts, format, variants);
    Map<String, String> values = values(request, claim, format, tables);
    values.putAll(more);
    Calendar created = GregorianCalendar.from(request.letterDate().atStartOfDay(file.business().timezone()));
    String subject = LetterTexts.fill(texts.get("subject", variants), values);
    try (PdfLayout layout = new PdfLayout(subject, file.business().name(), created,
        LetterTexts.fill(texts.get("footer", variants), values))) {
      header(layout, file, texts, variants, values, subject);
      for (String block : texts.get("blocks", variants).split(",")) {
        block(layout, block.strip(), request, claim, texts, variants, values, tables, format);
      }
      return layout.finish(texts.get("page"));
    }
  }

  /** The values a letter's texts may quote. */
  static Map<String, String> values(LetterRequest request, Claim claim, LetterFormat format, ClaimTables tables) {
    LetterCase file = request.file();
    BusinessProfile business = file.business();
    Map<String, String> values = new LinkedHashMap<>(tables.amounts(claim));
    values.put("business", business.name());
    values.put("business_city", business.address() == null ? "" : orEmpty(business.address().city()));
    values.put("business_address", business.address() == null ? "" : String.join(", ", business.address().lines()));
    values.put("legal_id", orEmpty(business.legalId()));
    values.put("signatory", orEmpty(business.signatory()));
    values.put("iban", Iban.grouped(business.iban()));
    values.put("bic", orEmpty(business.bic()));
    values.put("debtor", file.debtor().name());
    values.put("debtor_id", orEmpty(file.debtor().siren()));
    values.put("case_id", file.caseId());
    values.put("letter_date", format.date(request.letterDate()));
    values.put("deadline_days", String.valueOf(request.deadlineDays()));
    values.put("invoice_numbers", file.invoices().stream().map(Invoice::number).collect(Collectors.joining(", ")));
    return values;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static void header(PdfLayout layout, LetterCase file, LetterTexts texts, List<String> variants,
      Map<String, String> values, String subject) {
    List<String> sender = new ArrayList<>();
    sender.add(file.business().name());
    if (file.business().address() != null) {
      sender.addAll(file.business().address().lines());
    }
    if (file.business().legalId() != null && !file.business().legalId().isBlank()) {
      sender.add(file.business().legalId());
    }
    List<String> recipient = new ArrayList<>();
    texts.find("recipient", variants).ifPresent(r -> recipient.addAll(List.of(LetterTexts.fill(r, values).split("\\n"))));
    recipient.add(file.debtor().name());
    if (file.debtor().siren() != null && !file.debtor().siren().isBlank()) {
      texts.find("debtor_id", variants).ifPresent(t -> recipient.add(LetterTexts.fill(t, values)));
    }
    if (file.debtor().address() != null) {
      recipient.addAll(file.debtor().address().lines());
    }
    layout.columns(sender, PdfLayout.Style.BODY_BOLD, 320, 48, recipient);
    layout.gap(26);
    layout.paragraph(LetterTexts.fill(texts.get("date.line", variants), values), PdfLayout.Style.RIGHT);
    layout.gap(16);
    texts.find("registered", variants).filter(t -> !t.isEmpty()).ifPresent(t -> {
      layout.paragraph(t, PdfLayout.Style.BODY_BOLD);
      layout.gap(8);
    });
    texts.find("title", variants).filter(t -> !t.isEmpty()).ifPresent(t -> {
      layout.paragraph(t, PdfLayout.Style.TITLE);
      layout.gap(8);
    });
    layout.paragraph(subject, PdfLayout.Style.BODY_BOLD);
    layout.paragraph(LetterTexts.fill(texts.get("reference", variants), values), PdfLayout.Style.SMALL);
    layout.gap(14);
    layout.paragraph(texts.get("salutation", variants), PdfLayout.Style.BODY);
    layout.gap(8);
  }

  private static void block(PdfLayout layout, String block, LetterRequest request, Claim claim, LetterTexts texts,
      List<String> variants, Map<String, String> values, ClaimTables tables, LetterFormat format) {
    switch (block) {
      case "invoices" -> tables.invoices(layout, claim);
      case "claim" -> {
        if (claim.penalties().isPositive() || claim.indemnity().isPositive()) {
          tables.claim(layout, claim);
          layout.gap(8);
          tables.summary(layout, claim);
          layout.gap(6);
          tables.rateLines(layout, claim);
        }
      }
      case "reminders" -> reminders(layout, request, request.stage(), texts, variants, format);
      case "all_reminders" -> reminders(layout, request, null, texts, variants, format);
      case "paid_note" -> {
        if (claim.paid().isPositive()) {
          text(layout, "paid_note", texts, variants, values);
        }
      }
      case "signature" -> signature(layout, texts, variants, values);
      case "payment" -> payment(layout, LetterPayment.of(request.file(), claim, texts.get("blocks", variants)), texts,
          variants, values, format);
      case "online" -> online(layout, request.file().pageUrl(), texts, variants, values);
      default -> text(layout, block, texts, variants, values);
    }
    layout.gap(8);
  }

  /**
   * How to pay: the bank details (or an invitation to ask for them), the reference to quote, the EPC
   * QR code beside it when there can be one, and the business's payment link if it has one.
   */
  private static void payment(PdfLayout layout, PaymentDetails payment, LetterTexts texts, List<String> variants,
      Map<String, String> values, LetterFormat format) {
    Map<String, String> more = new LinkedHashMap<>(values);
    more.put("payment_reference", payment.reference());
    more.put("payment_amount", payment.amount() == null ? ""
        : format.money(new Money(payment.amount(), java.util.Currency.getInstance(payment.currency()))));
    text(layout, payment.hasBankAccount() ? "payment" : "payment_without_bank", texts, variants, more);
    List<String> beside = new ArrayList<>();
    if (payment.hasBankAccount() && !payment.reference().isEmpty()) {
      beside.add(LetterTexts.fill(texts.get("payment.reference", variants), more));
    }
    if (payment.qr() instanceof EpcQr.Ready code) {
      beside.add(LetterTexts.fill(texts.get("payment.qr", variants), more));
      layout.gap(4);
      layout.pictureBeside(code.bitmap(), QR_POINTS, beside, PdfLayout.Style.BODY_BOLD);
    } else if (!beside.isEmpty()) {
      layout.paragraph(beside.get(0), PdfLayout.Style.BODY_BOLD);
    }
    payment.paymentLink().ifPresent(link -> {
      more.put("payment_link", link);
      layout.gap(4);
      layout.paragraph(LetterTexts.fill(texts.get("payment.link", variants), more), PdfLayout.Style.BODY);
    });
  }

  /**
   * The debtor's page, when the case has one to print: its address, and a QR code of it beside (a phone
   * opens the page by scanning the letter).
   */
  private static void online(PdfLayout layout, String pageUrl, LetterTexts texts, List<String> variants,
      Map<String, String> values) {
    if (pageUrl == null) {
      return;
    }
    Map<String, String> more = new LinkedHashMap<>(values);
    more.put("page_url", pageUrl);
    layout.gap(4);
    layout.pictureBeside(EpcQr.bitmap(pageUrl), PAGE_QR_POINTS,
        List.of(LetterTexts.fill(texts.get("online", variants), more)), PdfLayout.Style.BODY);
  }

  private static void text(PdfLayout layout, String key, LetterTexts texts, List<String> variants,
      Map<String, String> values) {
    String text = texts.get(key, variants);
    if (!text.isEmpty()) {
      layout.paragraph(LetterTexts.fill(text, values), PdfLayout.Style.BODY);
    }
  }

  /** The earlier reminders but those of {@code own} (the letter's rung), each with its date ("lettre de relance du 15 mars 2025"). */
  private static void reminders(PdfLayout layout, LetterRequest request, org.relance.ladder.Stage own,
      LetterTexts texts, List<String> variants, LetterFormat format) {
    List<String> items = new ArrayList<>();
    for (SentReminder r : request.file().reminders()) {
      if (r.stage() != own && !r.sentOn().isAfter(request.letterDate())) {
        items.add(LetterTexts.fill(texts.get("reminders.item", variants), Map.of(
            "stage", texts.get("stage." + r.stage().wire(), variants), "date", format.date(r.sentOn()))));
      }
    }
    if (!items.isEmpty()) {
      layout.paragraph(LetterTexts.fill(texts.get("reminders.intro", variants),
          Map.of("reminders", String.join(texts.get("reminders.separator") + " ", items))), PdfLayout.Style.BODY);
    }
  }

  private static void signature(PdfLayout layout, LetterTexts texts, List<String> variants,
      Map<String, String> values) {
    layout.keepTogether(110);
    text(layout, "closing", texts, variants, values);
    layout.gap(40);
    String signatory = values.get("signatory");
    if (!signatory.isBlank()) {
      layout.paragraph(signatory, PdfLayout.Style.BODY_BOLD);
    }
    layout.paragraph(LetterTexts.fill(texts.get("signed_for", variants), values), PdfLayout.Style.BODY);
  }
}
