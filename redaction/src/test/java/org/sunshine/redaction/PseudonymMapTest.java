package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PseudonymMapTest {

  @Test
  void aLoneFirstCharacterGetsMouMou() {
    assertThat(PseudonymMap.empty().extend(List.of("张三", "李四")).asMap())
        .containsEntry("张三", "张某某")
        .containsEntry("李四", "李某某");
  }

  @Test
  void sharedFirstCharactersGetJiaYiBingInOrderOfAppearance() {
    assertThat(PseudonymMap.empty().extend(List.of("王五", "张三", "王六", "张七")).asMap())
        .containsEntry("王五", "王某甲")
        .containsEntry("张三", "张某甲")
        .containsEntry("王六", "王某乙")
        .containsEntry("张七", "张某乙");
  }

  @Test
  void aPersonAlreadyInTheCaseKeepsTheirPseudonymAndANewcomerTakesTheNextFreeLetter() {
    PseudonymMap first = PseudonymMap.empty().extend(List.of("张三", "张四"));
    PseudonymMap second = first.extend(List.of("张五", "张四"));
    assertThat(second.get("张四")).isEqualTo("张某乙");
    assertThat(second.get("张五")).isEqualTo("张某丙");
  }

  @Test
  void compoundSurnamesAndMinorityNamesUseTheirFirstCharacter() {
    assertThat(PseudonymMap.empty().extend(List.of("欧阳明辉", "艾力·吐尔逊")).asMap())
        .containsEntry("欧阳明辉", "欧某某")
        .containsEntry("艾力·吐尔逊", "艾某某");
  }

  @Test
  void moreThanTenPeopleSharingASurnameEachGetAPseudonymOfTheirOwn() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      names.add("王" + "一二三四五六七八九十".charAt(i % 10) + "伟芳强".charAt(i / 10));
    }
    Map<String, String> map = PseudonymMap.empty().extend(names).asMap();
    assertThat(map)
        .hasSize(30)
        .containsEntry(names.get(10), "王某子")
        .containsEntry(names.get(29), "王某30");
    assertThat(new HashSet<>(map.values())).hasSize(30);
  }

  @Test
  void aPseudonymNeverCollidesWithOneTheDocumentAlreadyUses() {
    RedactionResult r =
        new RedactionEngine()
            .redact(
                RedactionRequest.of(
                    "　　被告人祁红梅，女，1985年3月1日出生。经审查查明：被告人祁红梅伙同祁某某（另案处理）" + "向被害人出售假药。"));
    assertThat(r.pseudonyms().get("祁红梅")).isNotEqualTo("祁某某").startsWith("祁某");
    assertThat(r.redactedText()).contains("祁某某（另案处理）").doesNotContain("祁红梅");
  }
}
