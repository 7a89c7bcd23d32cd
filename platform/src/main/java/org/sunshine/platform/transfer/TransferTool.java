package org.sunshine.platform.transfer;

import java.nio.file.Path;
import java.util.List;
import org.sunshine.platform.texts.Texts;

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
      System.out.println(Texts.text("transfer.cli.keys-written", args[1], name));
      return 0;
    }
    if (args.length >= 4 && args[0].equals("verify-package")) {
      try {
        TransferPackage p =
            PackageReader.read(
                Path.of(args[1]),
                List.of(TransferKeys.readPublic(Path.of(args[2]))),
                Long.parseLong(args[3]));
        System.out.println(
            Texts.text(
                "transfer.cli.package-valid",
                p.sequence(),
                p.source(),
                p.records().size(),
                p.attachments().size()));
        return 0;
      } catch (PackageRejected e) {
        System.err.println(Texts.text("transfer.cli.package-refused", e.getMessage()));
        return 1;
      }
    }
    System.err.println(
        "usage: ./sunshine transfer-keys DIR [NAME] | verify-package DIR PUBLIC_KEY LAST_APPLIED");
    return 2;
  }
}
