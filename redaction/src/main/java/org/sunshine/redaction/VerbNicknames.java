package org.sunshine.redaction;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.regex.Pattern;

/**
 * 与朋友小聚后, 小坐片刻, 小酌了几杯: 小 before a character that is only a verb, with an aspect or a duration after
 * it, is a verb phrase ("a small gathering"), not the nickname 小聚 of someone whose given name ends
 * in 聚. HanLP's core dictionary says which characters are only verbs.
 */
final class VerbNicknames {

  /** What follows a verb and never a name: 后 (not 后来), 了, 过, a duration or a count of rounds. */
  private static final Pattern ASPECT =
      Pattern.compile("(?:后(?!来|被|经|于|又|再)|了|过|一下|一会|片刻|一番|几杯|几天|几日|数日|之后)");

  /** 与朋友小聚，: company before it and the end of a clause or a time word after it. */
  private static final Pattern COMPANY_BEFORE =
      Pattern.compile("(?:朋友|同事|同学|一起|相约|家人|好友|亲友|友人|战友|老乡|几人|众人)$");

  private static final Pattern CLAUSE_AFTER = Pattern.compile("[，,。；;、）)]|时|期间|席间|中途|之际");

  private VerbNicknames() {}

  /** Whether the nickname at [s, e) is 小 and a verb, used as a verb. */
  static boolean verbPhrase(String text, String nickname, int s, int e) {
    return nickname.length() == 2
        && nickname.charAt(0) == '小'
        && onlyAVerb(nickname.substring(1))
        && (ASPECT.matcher(text).region(e, Math.min(text.length(), e + 2)).lookingAt()
            || COMPANY_BEFORE.matcher(text).region(Math.max(0, s - 2), s).find()
                && CLAUSE_AFTER
                    .matcher(text)
                    .region(e, Math.min(text.length(), e + 2))
                    .lookingAt());
  }

  private static boolean onlyAVerb(String character) {
    CoreDictionary.Attribute attribute = CoreDictionary.get(character);
    if (attribute == null) {
      return false;
    }
    for (Nature nature : attribute.nature) {
      if (!nature.toString().startsWith("v")) {
        return false;
      }
    }
    return true;
  }
}
