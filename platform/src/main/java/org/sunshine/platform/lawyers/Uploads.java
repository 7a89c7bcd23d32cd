package org.sunshine.platform.lawyers;

import org.springframework.stereotype.Component;
import org.sunshine.platform.infrastructure.FileTypes;
import org.sunshine.platform.texts.BadInput;

/**
 * A file is what its bytes say, not what its name or claimed type say: a PDF opens as a PDF, a JPEG
 * and a PNG start with their signatures. Anything else, an empty file or one over the limit is
 * refused before it is stored.
 */
@Component
class Uploads {

  private final LawyerProperties properties;

  Uploads(LawyerProperties properties) {
    this.properties = properties;
  }

  /** The file with its real type; throws with the field's name and a plain message. */
  Upload check(String field, Upload u) {
    if (u == null || u.content() == null || u.content().length == 0) {
      throw BadInput.at(field, "lawyers.uploads.file.required");
    }
    if (u.content().length > properties.maxUploadBytes()) {
      throw BadInput.at(
          field,
          "lawyers.uploads.file.too-large",
          properties.maxUploadBytes() / (1024 * 1024),
          u.fileName());
    }
    String type = realType(u.content());
    if (type == null) {
      throw BadInput.at(field, "lawyers.uploads.file.type", u.fileName());
    }
    return new Upload(name(u.fileName()), type, u.content());
  }

  /** Only a PDF that opens (the electronic file must stamp page by page). */
  Upload checkPdf(String field, Upload u) {
    Upload checked = check(field, u);
    if (!"application/pdf".equals(checked.contentType())) {
      throw BadInput.at(field, "lawyers.uploads.files.pdf-only", u.fileName());
    }
    return checked;
  }

  static String realType(byte[] b) {
    return FileTypes.pdfOrImage(b).orElse(null);
  }

  private static String name(String fileName) {
    String n = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
    n = n.replaceAll("[\\\\/\\r\\n\"]", "_");
    return n.length() > 150 ? n.substring(n.length() - 150) : n;
  }
}
