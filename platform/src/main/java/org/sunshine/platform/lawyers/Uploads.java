package org.sunshine.platform.lawyers;

import org.springframework.stereotype.Component;
import org.sunshine.platform.infrastructure.FileTypes;

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
      throw new IllegalArgumentException(field + ": 请上传文件");
    }
    if (u.content().length > properties.maxUploadBytes()) {
      throw new IllegalArgumentException(
          field + ": 文件超过 " + properties.maxUploadBytes() / (1024 * 1024) + " MB：" + u.fileName());
    }
    String type = realType(u.content());
    if (type == null) {
      throw new IllegalArgumentException(
          field + ": 只接受 PDF、JPG、PNG 文件，该文件不是有效的 PDF 或图片：" + u.fileName());
    }
    return new Upload(name(u.fileName()), type, u.content());
  }

  /** Only a PDF that opens (the electronic file must stamp page by page). */
  Upload checkPdf(String field, Upload u) {
    Upload checked = check(field, u);
    if (!"application/pdf".equals(checked.contentType())) {
      throw new IllegalArgumentException(field + ": 电子卷宗须为 PDF 文件：" + u.fileName());
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
