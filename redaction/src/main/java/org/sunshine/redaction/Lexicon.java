package org.sunshine.redaction;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Word lists the rules share. Kept in one place so a reviewer can read and extend them. */
final class Lexicon {

  private Lexicon() {}

  /**
   * Single-character surnames (百家姓 and the common modern ones), including rare ones seen in case
   * files.
   */
  static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡洪郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
          + "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
          + "武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒"
          + "阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓"
          + "古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣"
          + "巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝区伏封郜蔺衣宦粟练揭桓晁戈湛巴丰鞠邸羊雍井储钮冀郁归海"
          + "支佐闻谈励楚郗荆红竺权逯盖益晋楼阙东殳沃利蔚越夔隆厍勾融訾阚那空毋乜养须巢蒯相后帅缑亢况郈琴"
          + "墨哈谯笪佴伯赏朴禹谌冼郦靖亓芮滑檀嵇郄訾暴糜荀弓璩杭宣贲郏邰茹苍暨衡弘匡禄宓班仰秋伊钭厉戎祖束幸韶蓟薄怀鄂咸籍赖屠阴胥莘贡劳逄扶堵宰桑濮寿扈燕晏慕习鱼容慎庾仉冶喇隗禚鄢邴綦普卿骞庹奚裘郇汝诸贠酆仝羿昝肇睢贝豆惠矫钦";

  static final List<String> COMPOUND_SURNAMES =
      List.of(
          "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木",
          "澹台", "呼延", "轩辕", "闻人", "赫连", "申屠", "钟离", "独孤", "南宫", "西门", "百里", "淳于", "鲜于", "万俟", "司空",
          "闾丘", "公羊", "左丘", "拓跋", "公冶", "仲孙", "东郭");

  /** Characters that cannot be the second character of a personal name (mostly function words). */
  static final Set<Character> NOT_IN_NAME =
      chars("被不的了在是有和与及对从把将为以于着过也都就而或且之其此该所等们个这那么到已未无非即均并亦称系获");

  /** A name stops before these: delimiters and characters that begin the next phrase. */
  static final Set<Character> AFTER_NAME =
      chars("，,。；;、（(）)：:“”\"‘’的与和及在因于系称等对将从向为被已曾亦也均并到是驾使拨代未经按自即先后现于、\n\r\t 　");

  /**
   * Surname characters that are far more often a function word: accept them only with more
   * evidence.
   */
  /** The most frequent surnames; a rarer first character needs more evidence of a name. */
  static final String COMMON_SURNAMES = SURNAMES.substring(0, 151);

  static final Set<Character> WEAK_SURNAMES = chars("和于向时曾原从对将同经当全高文安方单车常明成华关公宁国平应所该其万区");

  /** Words that a trigger picks up but are not names. */
  static final Set<String> NOT_NAMES =
      words(
          "查获", "全部", "高中", "文化", "单位", "安全", "方面", "平时", "明知", "成功", "国家", "车辆", "车内", "向本", "时许",
          "曾因", "原系", "常住", "关于", "宁愿", "同意", "经查", "经审", "原审", "同案", "其他", "其余", "本人", "本院", "该院",
          "该案", "认罪", "和认罪", "向被", "双方", "家属", "亲属", "朋友", "同事", "邻居", "对方", "众人", "他人", "其中", "多次",
          "一名", "两名", "某某", "时称", "时曾", "曾向", "曾留", "向其", "全体", "高度", "文明", "安排", "方式", "单独", "车主",
          "常年", "明确", "成为", "华人", "关系", "公司", "宁可", "国内", "平安", "应当", "所在", "该人", "万元", "区域", "申请",
          "申诉", "控告", "举报", "辩护", "代理", "委托", "陈述", "证言", "供述", "辩解", "鉴定", "翻译", "民警", "人员", "于是",
          "于当", "现场", "作案", "施工", "汇款", "转账", "提出", "认为", "系统", "经理", "老板", "司机", "师傅", "老师", "学生",
          "员工", "工人", "村民", "居民", "群众", "法定", "诉讼", "犯罪", "嫌疑", "涉嫌", "被告", "检察", "程序", "有权", "单方",
          "和辩护", "公安", "法院", "医院", "武装", "武器", "江湖", "金额", "金钱", "石头", "方向", "高速", "明显", "时间", "时候",
          "余额", "余款", "钱款", "钱财", "马路", "黄金", "白色", "黑色", "全家", "全程", "高价", "常年", "夏季", "秋季", "冬季",
          "春节");

  /**
   * Role words that introduce a person's name directly after them. From the roster table
   * (role-words.tsv). Longer first.
   */
  static final List<String> STRONG_ROLES = RoleWords.words(RoleWords.Kind.PERSON);

  /**
   * Weaker words: kinship, occupation, relation. The next word must look like a name. From the
   * roster table (role-words.tsv). Longer first.
   */
  static final List<String> WEAK_ROLES = RoleWords.words(RoleWords.Kind.RELATION);

  /**
   * Words that introduce another name for a person already named. From the roster table
   * (role-words.tsv). Longer first.
   */
  static final List<String> ALIAS_WORDS = RoleWords.words(RoleWords.Kind.ALIAS);

  /**
   * Roles whose holders are kept by name: they act in an official or professional capacity. From
   * the roster table (role-words.tsv). Longer first.
   */
  static final List<String> OFFICIAL_TITLES = RoleWords.words(RoleWords.Kind.OFFICIAL);

  /**
   * Words a name of a firm, a body or a place runs into (吴中支行, Peter Pan乐园, 雷马屏监狱, 吴灵公路): what
   * stands right before them is that name, not a person's.
   */
  static final List<String> FIRMS_AND_PLACES =
      List.of(
          "社区", "公司", "集团", "物资", "律师", "事务所", "法院", "检察", "支行", "分行", "银行", "乐园", "酒店", "宾馆", "广场",
          "大厦", "商场", "超市", "中心", "学校", "医院", "诊所", "餐厅", "饭店", "监狱", "看守所", "戒毒所");

  /**
   * A place of custody (雷波屏监狱, 某某看守所): a person's name never runs into one, a name HanLP reads
   * before it is the institution's.
   */
  static final List<String> CUSTODY = List.of("监狱", "看守所", "戒毒所");

  /** Suffixes after which a given name is part of a place or thing, not a person (向阳路, 长安区). */
  static final String PLACE_SUFFIXES = "路街道巷区县镇乡村桥湖山河江园港湾坊里弄屯寨庄堡场站厂店城市省州";

  private static Set<String> words(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  static Set<Character> chars(String s) {
    return s.chars().mapToObj(c -> (char) c).collect(Collectors.toUnmodifiableSet());
  }

  static boolean isHan(char c) {
    return c >= '\u4e00' && c <= '\u9fff';
  }

  static boolean isSurname(char c) {
    return SURNAMES.indexOf(c) >= 0;
  }
}
