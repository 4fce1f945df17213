package org.relance.api;

import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.MediaTypes;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.ContentDisposition;
import org.apache.pekko.http.javadsl.model.headers.ContentDispositionTypes;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.ladder.Stage;
import org.relance.letters.CaseLetters;
import org.relance.payment.CasePayments;
import org.relance.payment.EpcQr;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * A case's documents under {@code /api/cases/{id}}: {@code claim?date=}, {@code letters/{stage}.pdf}
 * (the stored copy, or {@code ?preview=true} for one as of today, recording nothing),
 * {@code letters/claim_declaration.pdf} (the declaration of claim, when proceedings are recorded),
 * {@code limitation} (the limitation warnings due by today), {@code dossier.pdf} and
 * {@code payment-qr.png} (the EPC QR code of the transfer of what is due, or 409 with the reason
 * there is none: no IBAN, not in euros, nothing due).
 */
final class DocumentRoutes extends ApiSupport {

  private final CaseLetters letters;
  private final CasePayments payments;
  private final Clock clock;

  DocumentRoutes(String adminToken, CaseLetters letters, CasePayments payments, Clock clock) {
    super(adminToken);
    this.letters = letters;
    this.payments = payments;
    this.clock = clock;
  }

  Route route(String caseId) {
    return get(() -> concat(
        path("claim", () -> parameterOptional("date", date -> guarded(() ->
            respond(letters.claim(caseId, parseDate(date)).thenApply(claim -> claim
                .map(c -> json(StatusCodes.OK, c))
                .orElseGet(() -> notFound(caseId))))))),
        path(PathMatchers.segment("letters").slash(PathMatchers.segment("claim_declaration.pdf")), () -> guarded(() ->
            respond(letters.claimDeclaration(caseId).thenApply(pdf -> pdf
                .map(bytes -> pdfResponse(bytes, caseId + "-claim_declaration.pdf"))
                .orElseGet(() -> error(StatusCodes.NOT_FOUND, null,
                    "no collective proceedings are recorded on case " + caseId + " (or no such case)")))))),
        path(PathMatchers.segment("letters").slash(PathMatchers.segment()), file ->
            parameterOptional("preview", preview -> guarded(() -> {
              Stage stage = letterStage(file);
              if (preview.map(Boolean::parseBoolean).orElse(false)) {
                return respond(pdf(letters.preview(caseId, stage), caseId + "-" + stage.wire() + "-preview.pdf", caseId));
              }
              return respond(letters.stored(caseId, stage).thenApply(stored -> stored
                  .map(s -> pdfResponse(s.pdf(), caseId + "-" + stage.wire() + ".pdf"))
                  .orElseGet(() -> error(StatusCodes.NOT_FOUND, null, "no " + stage.wire()
                      + " letter was issued for this case yet (add ?preview=true to see one as of today)"))));
            }))),
        path("limitation", () -> respond(letters.limitationWarnings(caseId).thenApply(warnings -> warnings
            .map(w -> json(StatusCodes.OK, w))
            .orElseGet(() -> notFound(caseId))))),
        path("dossier.pdf", () -> respond(pdf(letters.dossier(caseId), caseId + "-dossier.pdf", caseId))),
        path("payment-qr.png", () -> respond(payments.qr(caseId).thenApply(code -> code
            .map(DocumentRoutes::qrResponse).orElseGet(() -> notFound(caseId)))))));
  }

  private static HttpResponse qrResponse(EpcQr.Code code) {
    if (code instanceof EpcQr.Refused refused) {
      return error(StatusCodes.CONFLICT, "paymentQr", "no payment QR code for this case: " + refused.refusal().reason());
    }
    return HttpResponse.create().withEntity(HttpEntities.create(ContentTypes.create(MediaTypes.IMAGE_PNG),
        ((EpcQr.Ready) code).png()));
  }

  /** The claim's date: in the sane window, so the interest arithmetic stays short. */
  private LocalDate parseDate(Optional<String> date) {
    try {
      return ApiRequests.date(date.map(LocalDate::parse).orElse(null), "date", clock);
    } catch (DateTimeParseException e) {
      throw new InvalidInput("date", "must be a date like 2026-12-31");
    }
  }

  private static Stage letterStage(String file) {
    String name = file.endsWith(".pdf") ? file.substring(0, file.length() - 4) : file;
    try {
      Stage stage = Stage.fromWire(name);
      if (stage.isLetter()) {
        return stage;
      }
    } catch (IllegalArgumentException e) {
      // named below
    }
    throw new InvalidInput("stage", "must be first_letter, warning_letter or formal_notice, not '" + name + "'");
  }

  private CompletionStage<HttpResponse> pdf(CompletionStage<Optional<byte[]>> bytes, String name, String caseId) {
    return bytes.thenApply(b -> b.map(pdf -> pdfResponse(pdf, name)).orElseGet(() -> notFound(caseId)));
  }

  private static HttpResponse pdfResponse(byte[] pdf, String name) {
    return HttpResponse.create()
        .withEntity(HttpEntities.create(ContentTypes.create(MediaTypes.APPLICATION_PDF), pdf))
        .addHeader(ContentDisposition.create(ContentDispositionTypes.INLINE, Map.of("filename", name)));
  }

  private static HttpResponse notFound(String caseId) {
    return error(StatusCodes.NOT_FOUND, null, "no case " + caseId);
  }

}
