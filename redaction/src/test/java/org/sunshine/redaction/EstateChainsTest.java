package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Flats in an estate that no cue introduces (EstateChains). */
class EstateChainsTest {

  @Test
  void aFlatWithBuildingUnitAndRoomIsMaskedWithTheEstateAndPartsBeforeIt() {
    String out = redact("　　经查，卓立文在株洲市荷塘区月塘街道桂花路丽景苑小区7号楼2单元602室设立赌场，获利三万元。\n");
    assertThat(out).contains("株洲市荷塘区", "设立赌场").doesNotContain("桂花路", "丽景苑", "602");
  }

  @Test
  void aFlatWhoseUnitIsCalledMenIsMasked() {
    String out = redact("　　查封房产：荷塘区月塘大街翠湖花园5号楼1门301室。\n");
    assertThat(out).doesNotContain("翠湖花园", "301");
  }

  @Test
  void aFlatSaidAloneIsMasked() {
    String out = redact("　　同为卓立文出租的还有3号楼2单元1702室、9号楼1单元503室。\n");
    assertThat(out).doesNotContain("1702", "503室").contains("出租的还有");
  }

  private static String redact(String text) {
    RedactionResult r = new RedactionEngine().redact(RedactionRequest.of("不起诉决定书\n" + text));
    assertThat(r.publishable()).as("publishable: %s", r.verdict()).isTrue();
    return ResidualCheck.normalise(r.redactedText());
  }
}
