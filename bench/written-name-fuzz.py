#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Name-substituted variants of the hand-written sets (bench/written/README.md, "Name variants").

    python3 bench/written-name-fuzz.py OUT SEED CLASS SET_DIR...

For every document of every SET_DIR, every person of the gold whose name is a Han name (2-4 characters) is
renamed consistently in the .txt and the .json with a name of CLASS drawn with SEED: the full name, the given
name used alone, nicknames built on the given name (峰哥, 阿峰, 小峰 -> the new given name's last character), and
the surname in 某/老 forms (钟某 -> 李某) when no other person of the document shares it. Occurrences inside
any gold text that is not this person's name (keep items, except contexts, addresses, soft items) are left as
they are. A name is drawn again (up to 8 times), then the person is left as written, when it would break the
gold: a gold text no longer a substring, a keep item's count changed, or a new form that the document already
contains elsewhere (which the scorer would read as a leak).

Writes OUT/<document>.txt/.json (one flat directory; document ids are unique across the sets) and
OUT/manifest.tsv (document, set, person, class, old name, new name, forms).
"""
import json
import os
import random
import re
import sys

# ------------------------------------------------------------------------------------------- distributions
COMMON_SURNAMES = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢傅')
RARE_SURNAMES = list('郇亓逄仉厍禚佴笪麴妫晏蔺靳郜郄栾隗昝訾谯阚邴嵇暴檀冼揭粟蒯逯靖戢铁')
COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '皇甫', '尉迟', '公孙', '慕容', '令狐', '东方', '夏侯', '端木',
                     '宇文', '长孙', '呼延', '南宫', '钟离', '司徒', '澹台', '百里']
GIVEN_CHARS_1 = list('志建国明永海晓小俊文秀玉春桂丽红伟德立长天金振宏家子嘉雨思佳')
GIVEN_CHARS_2 = list('华强军平伟芳燕英兰杰勇峰涛斌辉刚敏静丽霞琴云龙鹏飞宇浩婷洁瑶新林')
WORD_GIVEN = ['春雨', '海燕', '建国', '长江', '向东', '红旗', '胜利', '和平', '平安', '黄河', '泰山', '卫东', '国庆',
              '建设', '跃进', '东风', '秋月', '彩霞', '白云', '青山', '朝阳', '光明', '春风', '大海', '松林', '晨曦',
              '新华', '爱国', '幸福', '金山', '丽江', '延安', '北川', '宁远', '天山', '昆仑', '成功', '希望', '前进']
# surnames that end a common word before them and given names that start one after them (于是, 向前, 成家, 同时)
JOIN_SURNAMES = list('于向成同方和从文史高万安时全明将')
JOIN_GIVEN = ['是平', '前进', '家明', '时来', '来宝', '中华', '后生', '会芳', '说明', '称心', '以诚', '在田', '有财',
              '对明', '为民', '得水', '要强', '而立', '所长', '等闲', '到来', '上进', '下元', '内秀', '外华']
MINORITY = {
    'tibetan': ['扎西次仁', '次仁卓玛', '格桑拉姆', '洛桑丹增', '尼玛', '达瓦', '边巴', '索朗旺堆', '德吉央宗', '普布',
                '拉巴次仁', '白玛', '央金', '多吉', '旺姆'],
    'mongolian': ['巴特尔', '其其格', '乌力吉', '额尔敦', '苏日娜', '那仁', '图雅', '宝音', '斯琴高娃', '哈斯',
                  '朝鲁', '萨仁', '阿拉坦仓', '乌兰'],
    'uyghur': ['艾力·买买提', '阿依古丽·吐尔逊', '买合木提·艾买提', '古丽娜尔·阿不都', '努尔兰·哈力克',
               '热依拉·吾守尔', '阿不都热合曼·肉孜', '迪丽拜尔·卡德尔', '吐尔洪·依明', '帕提古丽·托合提'],
    'uyghur-nodot': ['艾力买买提', '古丽娜尔', '吐尔逊江', '阿依努尔', '热合曼', '努尔古丽'],
    'yi': ['阿各木呷', '吉克阿依', '沙马拉毅', '阿苦日呷', '吉木子洛', '曲比阿乌', '海来拉作', '马海木呷', '阿鲁伍沙'],
    'hui': ['马阿里', '纳文祥', '哈麦德', '撒志清', '马哈三', '白尔萨', '丁伊斯', '马奴海', '纳苏菲'],
}
KOREAN = ['金哲洙', '朴英姬', '崔永哲', '李顺子', '郑明淑', '全春花', '玄成浩', '南俊熙', '朴光日', '金英爱', '崔成范',
          '尹明哲', '许贞淑', '洪吉男', '姜永锡']
FOREIGN = [('约翰·史密斯', 'John SMITH', '史密斯'), ('杰森·吴', 'Jason WU', '杰森'), ('玛丽亚·加西亚', 'Maria GARCIA', '玛丽亚'),
           ('阮文雄', 'NGUYEN Van Hung', '文雄'), ('伊万·彼得罗夫', 'Ivan PETROV', '伊万'), ('莎拉·陈', 'Sarah CHAN', '莎拉'),
           ('大卫·李', 'David LEE', '大卫'), ('安娜·科瓦尔', 'Anna KOVAL', '安娜'), ('托马斯·穆勒', 'Thomas MULLER', '穆勒'),
           ('索姆查伊', 'Somchai SRISUK', '索姆查伊'), ('凯文·黄', 'Kevin WONG', '凯文'), ('艾米丽·周', 'Emily CHOW', '艾米丽')]
CLASSES = ['common', 'rare', 'compound', 'word-given', 'joining', 'minority', 'minority-dot', 'korean', 'foreign']
# the first character of a person renamed: a Han surname (a Tibetan or Yi name of the gold is left as written)
HAN_SURNAMES = set(COMMON_SURNAMES + RARE_SURNAMES + list(
    '洪姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康'
    '施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛'
    '曲翁冉骆蓝路游辛管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷席卫米柏'
    '宗瞿桂全佟应臧闵苟邬边卞姬师和仇隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝区伏封衣宦练桓晁戈湛巴丰鞠邸羊'
    '雍井储钮冀郁归海赖屠禄滑芮宣杭荀弓'))
TWO_CHAR = set(COMPOUND_SURNAMES) | {'万俟', '闻人', '申屠', '第五', '乐正', '公冶', '轩辕', '太史', '西门'}
HAN = re.compile(r'^[\u4e00-\u9fff]+$')
WS = re.compile(r'[\s\u3000]')


def squeeze(s):
    return WS.sub('', s)


def draw(rng, cls, alone=False):
    """(full name, short form used where the document uses the given name alone, surname or first char, latin)."""
    if cls in ('common', 'rare', 'compound', 'word-given', 'joining'):
        if cls == 'joining':
            s, g = rng.choice(JOIN_SURNAMES), rng.choice(JOIN_GIVEN)
        else:
            s = rng.choice({'common': COMMON_SURNAMES, 'rare': RARE_SURNAMES, 'compound': COMPOUND_SURNAMES,
                            'word-given': COMMON_SURNAMES}[cls])
            # a one-character given name only for a person never called by the given name alone (one would
            # say 小飞, not 飞)
            g = rng.choice(WORD_GIVEN) if cls == 'word-given' else (
                rng.choice(GIVEN_CHARS_1) + rng.choice(GIVEN_CHARS_2) if alone or rng.random() < 0.8
                else rng.choice(GIVEN_CHARS_2))
        return s + g, g, s, None
    if cls == 'minority':
        kind = rng.choice(['tibetan', 'mongolian', 'uyghur-nodot', 'yi', 'hui'])
        n = rng.choice(MINORITY[kind])
        short = n[-2:] if kind in ('tibetan', 'yi') and len(n) >= 4 else n
        if kind == 'hui':
            short = n[1:] if len(n) == 3 else n
        return n, short, n[0], None
    if cls == 'minority-dot':
        n = rng.choice(MINORITY['uyghur'])
        return n, n.split('·')[0], n[0], None
    if cls == 'korean':
        n = rng.choice(KOREAN)
        return n, n[1:], n[0], None
    if cls == 'foreign':
        n, latin, short = rng.choice(FOREIGN)
        return n, short, n[0], latin
    raise SystemExit('unknown class ' + cls)


def split_name(name):
    if name[:2] in TWO_CHAR and len(name) >= 3:
        return name[:2], name[2:]
    return name[0], name[1:]


# ------------------------------------------------------------------------------------------- one document
def spaced(form):
    return '[\\s\u3000]*'.join(re.escape(c) for c in form)


def transform(occurrence, new):
    """The new form written with the old occurrence's whitespace at the same places (廉\\n建军 -> 李\\n明华)."""
    chars, gaps = [], []
    for ch in occurrence:
        if WS.match(ch) and chars:
            gaps[-1] += ch
        elif not WS.match(ch):
            chars.append(ch)
            gaps.append('')
    out = list(new)
    if len(out) < 2:
        return new + ''.join(gaps)
    slots = [''] * len(out)
    for i, gap in enumerate(gaps[:-1]):
        slots[min(i, len(out) - 2)] += gap
    return ''.join(c + slots[i] for i, c in enumerate(out))


class Doc:
    def __init__(self, txt, gold):
        self.txt, self.gold = txt, gold
        self.persons = {}
        for item in gold.get('mask', []):
            if item.get('category') == 'name' and item.get('person'):
                self.persons.setdefault(squeeze(item['person']), []).append(item)
        # every gold text that is not a name of a person: its occurrences are never rewritten
        self.fixed = [k['text'] for k in gold.get('keep', [])]
        self.fixed += [s['text'] for s in gold.get('soft_mask', [])]
        for item in gold.get('mask', []):
            self.fixed += item.get('except') or []
            if item.get('category') != 'name':
                self.fixed.append(item['text'])
                self.fixed += item.get('parts') or []
        self.protected = []
        for f in set(self.fixed):
            if f:
                self.protected += [(m.start(), m.end()) for m in re.finditer(re.escape(f), txt)]
        sq = squeeze(txt)
        self.keep_counts = {squeeze(k['text']): sq.count(squeeze(k['text'])) for k in gold.get('keep', [])}
        self.surnames = {}
        for p in self.persons:
            if HAN.match(p) and 2 <= len(p) <= 4:
                self.surnames.setdefault(split_name(p)[0], []).append(p)

    def eligible(self, person):
        if not (HAN.match(person) and 2 <= len(person) <= 4):
            return False
        s, g = split_name(person)
        if s not in HAN_SURNAMES and s not in TWO_CHAR or len(g) > 2:
            return False
        return all(HAN.match(squeeze(i['text'])) for i in self.persons[person]) and squeeze(self.txt).find(person) >= 0

    def forms(self, person, new):
        """old squeezed form -> new form, for the person's gold forms and the 某/老 forms of its surname."""
        full, short, first, _ = new
        s, g = split_name(person)
        out = {}
        for item in self.persons[person]:
            f = squeeze(item['text'])
            if f == person:
                out[f] = full
            elif f == g:
                out[f] = short
            elif g in f:
                out[f] = f.replace(g, short)
            elif g[-1] in f and s not in f:
                out[f] = f.replace(g[-1], short[-1])
        if len(self.surnames.get(s, [])) == 1:
            for tail in ('某某', '某'):
                out.setdefault(s + tail, first + tail)
            out.setdefault('老' + s, '老' + first)
        return out

    def spans(self, mapping):
        rx = re.compile('|'.join(spaced(f) for f in sorted(mapping, key=len, reverse=True)))
        found = []
        for m in rx.finditer(self.txt):
            if any(a < m.end() and m.start() < b for a, b in self.protected):
                continue
            found.append((m.start(), m.end(), mapping[squeeze(m.group())]))
        return found

    def render(self, chosen):
        """chosen: person -> (new, mapping, spans). Returns the new text or None when spans overlap."""
        edits = sorted((a, b, new) for _, (_, _, sp) in chosen.items() for a, b, new in sp)
        out, pos = [], 0
        for a, b, new in edits:
            if a < pos:
                return None
            out.append(self.txt[pos:a])
            out.append(transform(self.txt[a:b], new))
            pos = b
        out.append(self.txt[pos:])
        return ''.join(out)

    def valid(self, text, chosen):
        sq = squeeze(text)
        for f in self.fixed:
            if f and f not in text:
                return False
        for k, n in self.keep_counts.items():
            if sq.count(k) != n:
                return False
        written = [squeeze(new) for _, (_, _, sp) in chosen.items() for _, _, new in sp]
        for person, (new, mapping, _) in chosen.items():
            for nf in set(mapping.values()):
                nf = squeeze(nf)
                if sq.count(nf) != sum(w.count(nf) for w in written):
                    return False  # the document already says it elsewhere, or it forms across a boundary
        return True


def variant(txt, gold, seed, cls):
    doc = Doc(txt, gold)
    rng = random.Random('%s:%s:%s' % (seed, gold.get('id'), cls))
    chosen, manifest = {}, []
    taken = set()
    for person in sorted(doc.persons, key=len, reverse=True):
        if not doc.eligible(person):
            continue
        for _ in range(8):
            g = split_name(person)[1]
            new = draw(rng, cls, any(squeeze(i['text']) == g for i in doc.persons[person]))
            if new[0] in taken:
                continue
            mapping = doc.forms(person, new)
            trial = dict(chosen)
            trial[person] = (new, mapping, doc.spans(mapping))
            text = doc.render(trial)
            if text is not None and doc.valid(text, trial):
                chosen = trial
                taken.add(new[0])
                break
    text = doc.render(chosen) if chosen else txt
    gold = json.loads(json.dumps(gold))
    for person, (new, mapping, sp) in chosen.items():
        full, short, first, latin = new
        for item in gold['mask']:
            if item.get('category') == 'name' and squeeze(item.get('person') or '') == person:
                f = squeeze(item['text'])
                if f in mapping:
                    item['text'] = transform(item['text'], mapping[f])
                item['person'] = full
        if latin:
            # the Latin spelling beside the first full name, as a foreign national's name is written
            i = text.find(full)
            if i >= 0:
                text = text[:i + len(full)] + '（' + latin + '）' + text[i + len(full):]
                gold['mask'].append({'text': latin, 'category': 'name', 'role': '', 'person': full})
        manifest.append((person, full, '|'.join('%s>%s' % kv for kv in sorted(mapping.items()))))
    gold.pop('same_surname_groups', None)
    # a gold mask text that the renaming left nowhere (a form only inside a protected context) is dropped
    gold['mask'] = [m for m in gold['mask'] if m['text'] in text]
    gold['chars'] = len(text)
    return text, gold, manifest


def main(argv):
    if len(argv) < 5:
        print(__doc__)
        return 2
    out, seed, cls, sets = argv[1], int(argv[2]), argv[3], argv[4:]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, 'manifest.tsv'), 'w', encoding='utf-8') as man:
        for set_dir in sets:
            for fn in sorted(os.listdir(set_dir)):
                if not (fn.startswith('doc-') and fn.endswith('.json')):
                    continue
                did = fn[:-5]
                with open(os.path.join(set_dir, fn), encoding='utf-8') as fh:
                    gold = json.load(fh)
                with open(os.path.join(set_dir, did + '.txt'), encoding='utf-8') as fh:
                    txt = fh.read()
                text, gold, manifest = variant(txt, gold, seed, cls)
                with open(os.path.join(out, did + '.txt'), 'w', encoding='utf-8') as fh:
                    fh.write(text)
                with open(os.path.join(out, did + '.json'), 'w', encoding='utf-8') as fh:
                    json.dump(gold, fh, ensure_ascii=False, indent=1)
                for person, full, forms in manifest:
                    man.write('\t'.join([did, os.path.basename(set_dir.rstrip('/')), person, cls, full, forms]) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
