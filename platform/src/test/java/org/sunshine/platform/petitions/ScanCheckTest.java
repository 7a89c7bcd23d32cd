package org.sunshine.platform.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScanCheckTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

  @Test
  void aScanIsWhatItsBytesSayNotWhatItsLabelSays() {
    assertThat(PetitionIntake.realScan(new NewPetition.Scan("a.png", "image/png", PNG))).isTrue();
    assertThat(PetitionIntake.realScan(new NewPetition.Scan("a.pdf", "application/pdf", PNG)))
        .as("an image labelled a PDF")
        .isFalse();
    assertThat(
            PetitionIntake.realScan(
                new NewPetition.Scan("a.pdf", "application/pdf", "%PDF-1.7 fake".getBytes())))
        .as("a PDF header on something that is no PDF")
        .isFalse();
    assertThat(
            PetitionIntake.realScan(
                new NewPetition.Scan("a.tif", "image/tiff", new byte[] {'I', 'I', '*', 0, 8})))
        .isTrue();
  }
}
