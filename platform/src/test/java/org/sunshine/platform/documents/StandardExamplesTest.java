package org.sunshine.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunshine.platform.support.PlatformTest;

/**
 * The worked examples of the supreme procuratorate's redaction standard (附件2), uploaded as
 * documents. Three of the four leak in the standard itself (付建, 夏德彬, 杜波, an age): the platform must
 * propose masking every one, and the proposal must pass the residual check.
 */
@PlatformTest
class StandardExamplesTest {

  @Autowired DocumentFixtures fx;
  @Autowired Documents documents;

  private DocumentView upload(String example, long caseId) throws Exception {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/standard-examples/" + example)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    long id =
        documents.create(
            fx.staff("handler"),
            new NewDocument(
                caseId,
                "范例-" + example + "-" + System.nanoTime(),
                null,
                text,
                example,
                null,
                false));
    return documents.view(fx.staff("handler"), id);
  }

  @Test
  void example1LeavesTheGivenNameOfWangFujianAfterHisPseudonymAndThePlatformMasksIt()
      throws Exception {
    DocumentView v = upload("example-1.txt", fx.aCaseWith("寻衅滋事罪", "王付建:DEFENDANT", "任长江:VICTIM"));
    assertThat(v.summary().type().name()).isEqualTo("INDICTMENT");
    assertThat(v.redactedText()).doesNotContain("付建").contains("李美胜", "高唐县人民法院");
    assertThat(v.residualHits()).isEmpty();
  }

  @Test
  void example2NamesAnAccompliceInFullAndTheEngineFindsHimWithoutTheCaseRecord() throws Exception {
    DocumentView v = upload("example-2.txt", fx.aCaseWith("盗掘古墓葬罪", "孙立军:DEFENDANT"));
    assertThat(v.summary().type().name()).isEqualTo("PROTEST");
    assertThat(v.redactedText()).doesNotContain("夏德彬").contains("夏某某");
    assertThat(v.residualHits()).isEmpty();
  }

  @Test
  void example3NamesTheVictimOnceInFull() throws Exception {
    DocumentView v =
        upload("example-3.txt", fx.aCaseWith("故意伤害罪", "沈立新:NON_PROSECUTED_PERSON", "杜波:VICTIM"));
    assertThat(v.summary().type().name()).isEqualTo("NON_PROSECUTION_DECISION");
    assertThat(v.redactedText()).doesNotContain("杜波").contains("向本院申诉", "临沂市兰山区人民法院");
    assertThat(v.residualHits()).isEmpty();
  }

  @Test
  void example4LeavesThePetitionersAgeAndKeepsTheDecisionNumbers() throws Exception {
    DocumentView v =
        upload("example-4.txt", fx.aCaseWith("寻衅滋事罪", "刘海洋:PETITIONER", "徐国庆:SUSPECT"));
    assertThat(v.summary().type().name()).isEqualTo("PETITION_REVIEW_DECISION");
    assertThat(v.redactedText()).doesNotContain("24 岁").contains("** 岁", "薛检侦监不捕[2012]2 号");
    assertThat(v.residualHits()).isEmpty();
  }
}
