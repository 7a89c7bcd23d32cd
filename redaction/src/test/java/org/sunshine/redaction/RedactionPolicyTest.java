package org.sunshine.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RedactionPolicyTest {

  @Test
  void aPolicyFileChangesOnlyWhatItNames() throws Exception {
    RedactionPolicy p =
        RedactionPolicy.load(new StringReader("address-style=whole_tail\nmasked=NAME,ID_NUMBER\n"));
    assertThat(p.addressStyle()).isEqualTo(AddressStyle.WHOLE_TAIL);
    assertThat(p.masks(Category.ID_NUMBER)).isTrue();
    assertThat(p.masks(Category.PHONE)).isFalse();
    assertThat(p.scope()).isEqualTo(AnonymisationScope.ALL_NATURAL_PERSONS);
  }

  @Test
  void anUnknownValueFailsNamingThePolicyFile() {
    assertThatThrownBy(() -> RedactionPolicy.load(new StringReader("scope=everyone")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("policy file");
  }

  @Test
  void aCategoryLeftOutOfThePolicyIsKept() throws Exception {
    RedactionPolicy noPhones = RedactionPolicy.load(new StringReader("masked=NAME"));
    RedactionResult r =
        new RedactionEngine()
            .redact(new RedactionRequest("联系电话13912345678。", null, null, null, noPhones, null));
    assertThat(r.redactedText()).contains("13912345678");
  }
}
