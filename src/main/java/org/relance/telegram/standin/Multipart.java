package org.relance.telegram.standin;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fields of a {@code multipart/form-data} body (sendDocument, sendPhoto): text fields by
 * value, file fields as {@code "file:<filename> (<n> bytes)"} so a test can see what was attached;
 * a field saying {@code attach://<part>} (how the client names a file) shows that part's file.
 */
final class Multipart {

  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");
  private static final String ATTACH = "attach://";

  private Multipart() {}

  static Map<String, Object> fields(byte[] body, String contentType) {
    Map<String, Object> fields = new LinkedHashMap<>();
    int at = contentType.indexOf("boundary=");
    if (at < 0) {
      return fields;
    }
    String boundary = "--" + contentType.substring(at + "boundary=".length()).replace("\"", "").split(";")[0].trim();
    // ISO-8859-1 keeps one char per byte, so file sizes stay exact; text fields are re-decoded as UTF-8.
    String text = new String(body, StandardCharsets.ISO_8859_1);
    for (String part : text.split(Pattern.quote(boundary))) {
      int headersEnd = part.indexOf("\r\n\r\n");
      if (headersEnd < 0) {
        continue;
      }
      String headers = part.substring(0, headersEnd);
      String content = part.substring(headersEnd + 4);
      if (content.endsWith("\r\n")) {
        content = content.substring(0, content.length() - 2);
      }
      Matcher name = NAME.matcher(headers);
      if (!name.find()) {
        continue;
      }
      Matcher filename = FILENAME.matcher(headers);
      fields.put(name.group(1), filename.find()
          ? "file:" + filename.group(1) + " (" + content.length() + " bytes)"
          : new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }
    fields.replaceAll((name, value) -> value instanceof String field && field.startsWith(ATTACH)
        ? fields.getOrDefault(field.substring(ATTACH.length()), field) : value);
    return fields;
  }
}
