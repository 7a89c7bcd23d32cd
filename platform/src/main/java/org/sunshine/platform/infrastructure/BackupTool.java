package org.sunshine.platform.infrastructure;

import java.io.IOException;
import java.nio.file.Path;

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
      System.err.println("用法：./sunshine backup 目录 [数据目录] | ./sunshine restore 目录 [数据目录]");
      return 2;
    }
    Path dir = Path.of(args[1]);
    Path data = Path.of(args.length > 2 ? args[2] : "data");
    try {
      if (args[0].equals("backup")) {
        int files = Backup.backup(data, dir);
        System.out.printf("已备份 %s 到 %s：%d 个文件，校验清单 %s%n", data, dir, files, Backup.MANIFEST);
      } else {
        int files = Backup.restore(dir, data);
        System.out.printf("已从 %s 恢复到 %s：%d 个文件，校验一致%n", dir, data, files);
      }
      return 0;
    } catch (IOException e) {
      System.err.println("未完成：" + e.getMessage());
      return 1;
    }
  }
}
