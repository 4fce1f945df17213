package org.relance.payment;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scans an EPC QR code PNG the way a banking app does: ZXing finds and decodes it, its raw bytes
 * are read as UTF-8 (the character set its third line names) and split into lines. Checks on the
 * way that it is at error correction level M and at most 331 bytes. For tests of every face that
 * shows the code.
 */
public final class QrScans {

  private QrScans() {}

  /** The payload's lines, in order (empty ones kept). */
  public static List<String> lines(byte[] png) throws IOException, NotFoundException, ChecksumException,
      FormatException {
    Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png))))));
    assertEquals("M", result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
    @SuppressWarnings("unchecked")
    List<byte[]> segments = (List<byte[]>) result.getResultMetadata().get(ResultMetadataType.BYTE_SEGMENTS);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    segments.forEach(bytes::writeBytes);
    assertTrue(bytes.size() <= EpcQr.MAX_BYTES, "at most 331 bytes, not " + bytes.size());
    return List.of(bytes.toString(StandardCharsets.UTF_8).split("\n", -1));
  }
}
