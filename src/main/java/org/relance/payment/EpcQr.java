package org.relance.payment;

import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The European Payments Council's QR code for a SEPA credit transfer ("EPC QR", guidelines
 * EPC069-12, version 002), which banking apps scan to fill a transfer: the lines {@code BCD},
 * {@code 002}, {@code 1} (UTF-8), {@code SCT}, the BIC (optional in 002), the beneficiary's name
 * (at most 70 characters), the IBAN, the amount ({@code EUR12.34}, from 0.01 to 999999999.99), an
 * empty purpose, an empty structured reference, and the unstructured remittance (at most 140
 * characters: the invoice numbers); at most 331 bytes in all (the remittance is shortened further
 * if accents make the name long in bytes). A code is refused, with its reason, when the business
 * has no IBAN or a wrong one, the case is not in euros, or the amount is out of range: the text
 * details still show what can be shown. The code is drawn by ZXing at error correction level M, the
 * payload's UTF-8 bytes in byte mode (no ECI header: line 3 names the character set), with the
 * four-module quiet zone: as a PNG (chat, web page) or as a one-bit bitmap a PDF takes as it is
 * (a letter, without a PNG to encode and decode again). Pure.
 */
public final class EpcQr {

  /** The payload's largest size in bytes (EPC069-12). */
  public static final int MAX_BYTES = 331;
  /** The beneficiary's name's largest length in characters. */
  public static final int NAME_MAX = 70;
  private static final BigDecimal MIN_AMOUNT = new BigDecimal("0.01");
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");
  /** Pixels per module of the PNG: a code of ~50 modules comes out ~300 px wide, ~1 KB. */
  private static final int MODULE_PIXELS = 6;
  /** The light border around the code, in modules (the standard's minimum). */
  private static final int QUIET_ZONE = 4;

  private EpcQr() {}

  /** Why a transfer has no QR code. */
  public enum Refusal {
    NO_IBAN("the business has no IBAN"),
    INVALID_IBAN("the business's IBAN has wrong check digits"),
    NO_BENEFICIARY("the business has no name"),
    NOT_EUR("the EPC QR code carries euros only"),
    AMOUNT_OUT_OF_RANGE("the amount due must be from 0.01 to 999999999.99 euros");

    private final String reason;

    Refusal(String reason) {
      this.reason = reason;
    }

    /** The reason in plain English (for logs and the API). */
    public String reason() {
      return reason;
    }
  }

  /** A QR code ready to draw, or the reason there is none. */
  public sealed interface Code permits Ready, Refused {}

  /** The payload, its lines joined by LF. */
  public record Ready(String payload) implements Code {
    /** The code as a PNG. */
    public byte[] png() {
      return EpcQr.png(payload);
    }

    /** The code as a one-bit bitmap. */
    public Bitmap bitmap() {
      return EpcQr.bitmap(payload);
    }
  }

  /**
   * A square one-bit picture, {@code pixels} wide: its rows top to bottom, each packed eight pixels
   * to a byte (most significant bit first, a row padded to whole bytes), 0 for a dark pixel and 1
   * for a light one, as PDF's one-bit DeviceGray images are.
   */
  public record Bitmap(int pixels, byte[] rows) {}

  /** No code, and why. */
  public record Refused(Refusal refusal) implements Code {}

  /** The code of {@code details}' transfer, or why there is none. */
  public static Code of(PaymentDetails details) {
    if (details.iban() == null) {
      return new Refused(Refusal.NO_IBAN);
    }
    if (!Iban.valid(details.iban())) {
      return new Refused(Refusal.INVALID_IBAN);
    }
    String name = bounded(oneLine(details.beneficiary()), NAME_MAX);
    if (name.isEmpty()) {
      return new Refused(Refusal.NO_BENEFICIARY);
    }
    if (!"EUR".equals(details.currency())) {
      return new Refused(Refusal.NOT_EUR);
    }
    if (details.amount() == null || details.amount().compareTo(MIN_AMOUNT) < 0
        || details.amount().compareTo(MAX_AMOUNT) > 0) {
      return new Refused(Refusal.AMOUNT_OUT_OF_RANGE);
    }
    String bic = details.bic() == null || !details.bic().matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?") ? ""
        : details.bic();
    List<String> head = List.of("BCD", "002", "1", "SCT", bic, name, details.iban(),
        "EUR" + details.amount().setScale(2, RoundingMode.HALF_UP).toPlainString(), "", "");
    String remittance = bounded(oneLine(details.reference()), PaymentDetails.REFERENCE_MAX);
    String payload = String.join("\n", head) + "\n" + remittance;
    while (bytes(payload) > MAX_BYTES) {
      remittance = remittance.substring(0, remittance.offsetByCodePoints(remittance.length(), -1));
      payload = String.join("\n", head) + "\n" + remittance;
    }
    return new Ready(remittance.isEmpty() ? String.join("\n", head.subList(0, 8)) : payload);
  }

  /** {@code payload} as a QR code PNG (level M, UTF-8 bytes, quiet zone of four modules). */
  public static byte[] png(String payload) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix(payload), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code payload} as a QR code bitmap, like {@link #png(String)}. */
  public static Bitmap bitmap(String payload) {
    BitMatrix matrix = matrix(payload);
    int pixels = matrix.getWidth();
    int rowBytes = (pixels + 7) / 8;
    byte[] rows = new byte[rowBytes * pixels];
    java.util.Arrays.fill(rows, (byte) 0xFF);
    for (int y = 0; y < pixels; y++) {
      for (int x = 0; x < pixels; x++) {
        if (matrix.get(x, y)) {
          rows[y * rowBytes + x / 8] &= (byte) ~(0x80 >>> (x % 8));
        }
      }
    }
    return new Bitmap(pixels, rows);
  }

  /** The code, encoded once, drawn {@value #MODULE_PIXELS} pixels to a module inside its quiet zone. */
  private static BitMatrix matrix(String payload) {
    // the bytes go as ISO-8859-1 characters so ZXing writes them as they are, in byte mode, without an ECI header
    String raw = new String(payload.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    try {
      ByteMatrix modules = Encoder.encode(raw, ErrorCorrectionLevel.M, Map.of()).getMatrix();
      int side = modules.getWidth() + 2 * QUIET_ZONE;
      BitMatrix matrix = new BitMatrix(side * MODULE_PIXELS);
      for (int y = 0; y < modules.getHeight(); y++) {
        for (int x = 0; x < modules.getWidth(); x++) {
          if (modules.get(x, y) == 1) {
            matrix.setRegion((x + QUIET_ZONE) * MODULE_PIXELS, (y + QUIET_ZONE) * MODULE_PIXELS, MODULE_PIXELS,
                MODULE_PIXELS);
          }
        }
      }
      return matrix;
    } catch (WriterException e) {
      throw new IllegalArgumentException("The payment QR code cannot hold " + bytes(payload) + " bytes", e);
    }
  }

  /** The text on one line: line breaks and other control characters become spaces, runs of spaces one. */
  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\s]+", " ").strip();
  }

  private static String bounded(String text, int characters) {
    return text.codePointCount(0, text.length()) <= characters ? text
        : text.substring(0, text.offsetByCodePoints(0, characters)).strip();
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
