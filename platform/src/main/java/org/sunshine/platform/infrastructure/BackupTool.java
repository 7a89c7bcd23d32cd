package org.sunshine.platform.infrastructure;

import java.io.IOException;
import java.nio.file.Path;
import org.sunshine.platform.texts.Texts;

/**
 * The backup commands, with the platform stopped and without starting it:
 *
 * <pre>
 * ./sunshine backup DIR [DATA_DIR]     copy the data directory (default: data) to the new directory DIR
 * ./sunshine restore DIR [DATA_DIR]    check DIR's manifest, then copy it into a new data directory
 * </pre>
 *
 * Exit status 0 when done, 1 when refused (running platform, damaged backup, non-empty target), 2
 * on bad usage.
 */
final class BackupTool {

  private BackupTool() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    if (args.length < 2
        || args.length > 3
        || !(args[0].equals("backup") || args[0].equals("restore"))) {
      System.err.println(Texts.text("infrastructure.backup.usage"));
      return 2;
    }
    Path dir = Path.of(args[1]);
    Path data = Path.of(args.length > 2 ? args[2] : "data");
    try {
      if (args[0].equals("backup")) {
        int files = Backup.backup(data, dir);
        System.out.println(
            Texts.text("infrastructure.backup.done", data, dir, files, Backup.MANIFEST));
      } else {
        int files = Backup.restore(dir, data);
        System.out.println(Texts.text("infrastructure.backup.restored", dir, data, files));
      }
      return 0;
    } catch (IOException e) {
      System.err.println(Texts.text("infrastructure.backup.failed", e.getMessage()));
      return 1;
    }
  }
}
