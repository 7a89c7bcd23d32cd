package org.sunshine.bench.gold;

import java.util.List;

/**
 * EVALUATION frames for the name model, written apart from {@link Narratives} and never trained on:
 * other verbs, other orders, other ways of quoting and listing, and other places, firms, roads and
 * things. bench/redaction-name-eval.sh scores the model and the engine on documents made of them
 * (seeds of its own, see the script).
 */
final class HeldOutFrames {

  private HeldOutFrames() {}

  static final List<String> FRAMES =
      List.of(
          "{P}把车开走了。",
          "{P}把车开走以后，{A}一个人留在{L}。",
          "第二天{P}又来了，还带着两个人。",
          "那辆车后来被{P}开回了家。",
          "{A}欠{P}的钱一直没有还上。",
          "钱由{P}保管，{Q}负责记账。",
          "{P}听说此事后，连夜赶到了医院。",
          "当时开车的是{P}，坐在副驾驶的是{A}。",
          "{P}的电动车停在楼下，第二天就不见了。",
          "{A}趁{P}不备，从其口袋里掏走了钱包。",
          "{P}发现后大声呼救，路过的{Q}帮忙拦住了{A}。",
          "据{P}回忆，那天下着大雨。",
          "{A}把手机递给{P}，让她帮忙付款。",
          "{P}劝{A}去自首，{A}没有听。",
          "“{P}，你过来一下。”{A}喊道。",
          "{P}在电话里说：“东西我已经放在老地方了。”",
          "钥匙是{P}给的，门是{Q}开的。",
          "除{P}外，其他人都不知道这件事。",
          "{P}家住在{A}家隔壁。",
          "{A}跟着{P}学了两年修车。",
          "这笔钱是{P}替{A}垫付的。",
          "{P}领着民警找到了藏匿地点。",
          "{A}与其前妻{P}育有一女。",
          "{A}的岳父{P}出面调解未果。",
          "{P}的儿子{Q}今年刚上大学。",
          "次日凌晨，{P}在{D}发现了被害人。",
          "{P}帮{A}把货搬上了车。",
          "{A}说是{P}让他这么做的。",
          "{P}收到转账后立即提现。",
          "涉案房屋登记在{P}名下。",
          "{A}先后四次从{P}手中购得{X}。",
          "{P}不在家，开门的是{Q}。",
          "{P}已于2024年5月病故。",
          "{A}托{P}找关系，被{P}拒绝。",
          "{P}和{Q}在{C}门口等{A}。",
          "{A}给{P}写了一张欠条。",
          "{P}一直以为{A}是做生意的。",
          "一名叫{P}的男子也在现场。",
          "{P}等三人作为证人出庭作证。",
          "{A}、{P}二人分得赃款各一万元。",
          "法官{O}宣读了判决。",
          "主诉检察官{O}出庭支持公诉。",
          "{A}在{L}的一家超市购买了{X}。",
          "{C}于2021年在{L}注册成立。",
          "{A}沿{D}一路向东逃跑。",
          "{A}在缓刑考验期内再犯新罪。",
          "{A}到案后如实供述了全部犯罪事实。",
          "涉案的{X}已发还{C}。");

  /** Places, firms, roads and things the training lists never name. */
  static final Frames.Fillers FILLERS =
      new Frames.Fillers(
          List.of("汝阳县", "兴隆县", "宁陵县", "泗水县", "南漳县"),
          List.of("汝阳县", "柏庄镇", "刘店乡", "王楼村", "高村乡", "张湾镇", "城关镇"),
          List.of("鑫源物流有限公司", "华泰机械厂", "李记烧烤店", "金海湾洗浴中心", "永辉超市"),
          List.of("中山路", "黄河大道", "建国路", "人民东路", "光明街"),
          List.of("金手镯", "苹果手机", "茅台酒", "电动三轮车", "笔记本电脑", "高压锅"));
}
