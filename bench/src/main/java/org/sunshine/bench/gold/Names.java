package org.sunshine.bench.gold;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Names drawn from realistic distributions for the name model's training and evaluation text (the
 * gold documents keep {@link People}, so the dev split stays what it was): surnames by rank with a
 * Zipf-like weight (王, 李, 张 about 7 % each, the first twenty about half, a long tail, compound
 * surnames rare), one- and two-character given names from ranked character pools, given names that
 * are ordinary words, minority names without a surname (Tibetan, Mongolian, Uyghur, Yi, Dai,
 * Kazakh) and transliterated foreign names. One first character per document, so that every person
 * has a distinct pseudonym.
 */
final class Names {

  /** By frequency rank (approximately the census order). */
  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任"
          + "卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严"
          + "莫孔向常汤康易乔赖文施洪辛柯庄樊葛邢安齐伍庞颜倪聂章鲁岳翟殷詹申耿关兰焦俞左柳甘祝包宁尚符舒阮"
          + "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉"
          + "缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇"
          + "桑郎甄丛仲虞敖巩明佘池查麻苑迟邝蔺亓仉隗厍逄乜訾禚鄢";

  private static final String[] COMPOUND = {
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "司徒", "夏侯", "端木"
  };

  /** Given-name characters by rough frequency, men's and women's mixed. */
  private static final String GIVEN =
      "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红志建文海波宁玲斌飞鹏辉林浩宇俊峰亮国"
          + "成东云龙晓春红梅琴凤莉娇颖佳欣怡婷雪琳晨宏博涵轩子梓睿鑫嘉毅锋军庆生福祥荣德义才永仁贵喜金"
          + "山旺宝财顺利兴发忠孝诚信坤乾振彪虎豹鹰燕鸿雁琼瑶珊珍翠莲菊芬芝蓉萱薇蕾露霖雯璐瑾瑞琦琪璇"
          + "倩影媛婉妍姗娅卉彤丹冰清洁淑惠慧贤良恩光耀辰昊旭晖晗晶景昌盛世安家乐天一元中正大小立新友"
          + "学思远道长青松柏树森楠桐栋梁材启航舟帆江河湖泽润涌波澜潇源溪川岩石坚钢铁铭锦钰银铜长久"
          + "守宗祖继承先春秋冬夏晴朗月星辉煌炜烨焕然熙照灿炳培基增坤垚圣尧舜禹汤周汉唐宋明清";

  /** Given names that are also ordinary words or places. */
  private static final String[] WORD_GIVEN = {
    "国庆", "建国", "海燕", "春花", "和平", "胜利", "向阳", "红旗", "高峰", "光明", "建设", "平安", "长青", "如意", "春雨",
    "金星", "红星", "秋菊", "冬梅", "海军", "建华", "成功", "卫东", "跃进", "解放", "文革", "援朝", "抗美", "兴旺", "富贵",
    "永久", "新民", "东风", "立新", "爱国", "幸福", "秀丽", "美丽", "英雄", "自强"
  };

  private static final String[] TIBETAN = {
    "扎西", "次仁", "多吉", "卓玛", "格桑", "旺堆", "央金", "拉姆", "尼玛", "达瓦", "次旦", "普布", "边巴", "索朗", "顿珠", "白玛",
    "德吉", "平措", "洛桑", "强巴", "仁增", "曲珍", "贡布", "桑珠", "罗布", "益西"
  };
  private static final String[] MONGOLIAN = {
    "巴特尔", "其其格", "乌力吉", "额尔敦", "斯琴", "呼和", "苏和", "那仁", "阿拉坦", "宝音", "图雅", "萨仁", "朝鲁", "满都拉", "孟和",
    "巴雅尔", "格日勒", "乌兰", "哈斯", "吉日嘎拉", "敖登", "毕力格"
  };
  private static final String[] UYGHUR = {
    "买买提", "艾力", "阿不都热合曼", "吐尔逊", "古丽娜尔", "艾买提", "艾尔肯", "吾守尔", "热依拉", "麦麦提", "阿依古丽", "努尔", "帕提古丽",
    "依明", "玉素甫", "阿布都", "热合曼", "米娜瓦尔"
  };
  private static final String[] YI = {"吉克", "阿西", "沙马", "曲比", "俄底", "阿苏", "马海", "吉伍", "海来"};
  private static final String[] YI_GIVEN = {"阿依", "拉则", "石日", "伍呷", "尔古", "木呷", "阿牛", "日火"};
  private static final String[] KAZAKH = {"叶尔兰", "努尔兰", "阿依达尔", "别克", "加娜尔", "哈力木", "赛力克", "波拉提"};
  private static final String[] FOREIGN = {
    "阮文雄",
    "黎氏兰",
    "范文德",
    "武氏香",
    "阮氏秋",
    "陈文南",
    "伊万·彼得罗夫",
    "安德烈·伊万诺夫",
    "约翰·史密斯",
    "迈克尔·约翰逊",
    "金敏俊",
    "朴智媛",
    "崔成浩",
    "玛丽亚·洛佩斯",
    "梭温",
    "颂猜",
    "吴丁貌",
    "田中一郎",
    "佐藤美咲",
    "穆罕默德·阿里",
    "艾哈迈德"
  };

  private final Random random;
  private final Set<Character> firsts = new HashSet<>();

  Names(Random random) {
    this.random = random;
  }

  /** A person's name; {@code given} (a Han given name of two characters) may stand alone. */
  record Name(String full, String given) {}

  Name next() {
    return next(100);
  }

  /** A Han name, as officials' are. */
  Name han() {
    return next(80);
  }

  private Name next(int range) {
    for (int attempt = 0; ; attempt++) {
      Name n = draw(random.nextInt(range));
      if (firsts.add(n.full().charAt(0)) || attempt > 40) {
        return n;
      }
    }
  }

  private Name draw(int r) {
    if (r < 80) {
      String surname = random.nextInt(100) < 2 ? pick(COMPOUND) : "" + zipf(SURNAMES);
      String given =
          r < 12 ? "" + zipf(GIVEN) : r < 17 ? pick(WORD_GIVEN) : "" + zipf(GIVEN) + zipf(GIVEN);
      return new Name(surname + given, given.length() == 2 ? given : "");
    }
    return switch (r) {
      case 80, 81, 82, 83 ->
          new Name(pick(TIBETAN) + (random.nextBoolean() ? pick(TIBETAN) : ""), "");
      case 84, 85, 86 -> new Name(pick(MONGOLIAN), "");
      case 87, 88, 89 -> new Name(pick(UYGHUR) + "·" + pick(UYGHUR), "");
      case 90 -> new Name(pick(YI) + pick(YI_GIVEN), "");
      case 91, 92 -> new Name((random.nextBoolean() ? "岩" : "玉") + zipf(GIVEN), "");
      case 93 -> new Name(pick(KAZAKH) + "·" + pick(KAZAKH), "");
      default -> new Name(pick(FOREIGN), "");
    };
  }

  /** A character of a ranked pool, the first ones far more often (weight 1 / (rank + 3)). */
  private char zipf(String ranked) {
    double total = Math.log((ranked.length() + 3) / 3.0);
    double u = random.nextDouble() * total;
    int rank = (int) (3 * Math.exp(u) - 3);
    return ranked.charAt(Math.min(ranked.length() - 1, Math.max(0, rank)));
  }

  private String pick(String[] s) {
    return s[random.nextInt(s.length)];
  }
}
