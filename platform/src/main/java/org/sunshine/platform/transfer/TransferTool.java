package org.sunshine.platform.transfer;

import java.nio.file.Path;
import java.util.List;

/**
 * The transfer commands, without starting the platform (they need no database):
 *
 * <pre>
 * ./sunshine transfer-keys DIR [NAME]                       a new Ed25519 pair: NAME.key (owner-only), NAME.pub
 * ./sunshine verify-package DIR PUBLIC_KEY LAST_APPLIED     check a package without applying it
 * </pre>
 *
 * Exit status 0 when done or valid, 1 when a package is refused, 2 on bad usage.
 */
final class TransferTool {

  private TransferTool() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args));
  }

  static int run(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("transfer-keys")) {
      String name = args.length > 2 ? args[2] : "transfer";
      TransferKeys.write(TransferKeys.generate(), Path.of(args[1]), name);
      System.out.printf("已生成密钥：%s/%s.key（私钥，仅本节点保存）和 %s.pub（公钥，复制到对端节点）%n", args[1], name, name);
      return 0;
    }
    if (args.length >= 4 && args[0].equals("verify-package")) {
      try {
        TransferPackage p =
            PackageReader.read(
                Path.of(args[1]),
                List.of(TransferKeys.readPublic(Path.of(args[2]))),
                Long.parseLong(args[3]));
        System.out.printf(
            "包有效：序号 %d，来源 %s，%d 条记录，%d 个附件%n",
            p.sequence(), p.source(), p.records().size(), p.attachments().size());
        return 0;
      } catch (PackageRejected e) {
        System.err.println("拒绝：" + e.getMessage());
        return 1;
      }
    }
    System.err.println(
        "usage: ./sunshine transfer-keys DIR [NAME] | verify-package DIR PUBLIC_KEY LAST_APPLIED");
    return 2;
  }
}
