#!/usr/bin/env python3
"""Keep-substituted variants of the hand-written sets (bench only, never in the suite).

    python3 bench/keep-fuzz.py make SEED OUT_DIR SET_DIR...   writes OUT_DIR/<set>/doc-N.{txt,json}
    python3 bench/keep-fuzz.py report BASE_JSON... -- VARIANT_JSON...   (score.py --json reports)

For every document of a set it replaces, consistently in the text and in every gold item, the kept names of
officials (procurator, judge, clerk, lawyer, official, police_officer, procurator_assistant, people_assessor) with
names drawn by the seed from other distributions (rare and two-character surnames, minority names of 4-8
characters with and without ·, given names that are words), county-level places with other real county-level
divisions (bench/keep-fuzz/counties.csv), and inserts sentences holding campaign names and common words that read
like names (some built on the given name of a masked person when that given name is a word of HanLP's thesaurus).
Every change is refused when it would cut an item of the gold across or create a collision with a mask item; keep
counts are re-counted, mask items checked to keep their number of matches.
"""
import csv
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'shared', 'redaction-dev'))
sys.path.insert(0, '/work/shared/redaction-dev')
import score  # noqa: E402  the scorer's own matching (norm, squeeze, compile_item)

NAME_CATS = ('procurator', 'judge', 'clerk', 'lawyer', 'official', 'police_officer', 'procurator_assistant',
             'people_assessor')
COMMON = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗']
RARE = ['亓', '殳', '訾', '昝', '逄', '仉', '厍', '佴', '隗', '禚', '阙', '蔺', '靳', '隋', '郜', '邝', '农', '禄', '蒲', '战',
        '缪', '佘', '揭', '冼', '晏', '笪', '冀', '郁', '仝', '宦', '查', '盖', '单', '区', '万', '覃', '韦', '闵', '芮', '桑',
        '雍', '庹', '谯', '甘', '巫', '那', '禹', '羊', '糜', '池']
COMPOUND = ['欧阳', '司马', '上官', '诸葛', '皇甫', '尉迟', '公孙', '令狐', '宇文', '长孙', '慕容', '司徒', '东方', '端木',
            '夏侯', '澹台', '呼延', '南宫', '钟离', '申屠', '闻人', '轩辕', '独孤', '百里', '赫连', '万俟']
GIVEN = ['伟', '芳', '敏', '静', '磊', '洋', '勇', '军', '杰', '娟', '志强', '海燕', '建华', '晓东', '丽娟', '振宇', '雪梅',
         '国栋', '春燕', '永刚', '慧敏', '红霞', '德明', '玉兰', '宏伟', '思远', '佳琪', '文博', '子涵', '浩然']
WORD_GIVEN = ['建设', '胜利', '和平', '向前', '国庆', '金秋', '春雷', '黎明', '海洋', '长江', '高原', '白云', '光明', '新华',
              '立新', '卫东', '朝阳', '晨曦', '安然', '文静', '明亮', '简单', '向阳', '永远', '幸福', '团结', '前进', '红旗']
WORD_WHOLE = ['高原', '田野', '安然', '文静', '夏天', '江河', '金秋', '向阳', '林海', '常青', '方正', '白云', '万里', '高峰']
MINORITY = ['格桑旺堆', '次仁多吉', '扎西平措', '洛桑丹增', '索朗次仁', '尼玛顿珠', '边巴次仁', '央金卓玛', '德吉央宗',
            '旦增罗布', '普布扎西', '拉巴次仁', '阿旺洛桑', '贡觉多吉', '乌力吉巴雅尔', '额尔敦毕力格', '那仁图雅',
            '哈斯巴根', '孟和巴特尔', '斯琴高娃', '巴图孟和', '阿拉坦仓', '苏德毕力格', '朝鲁门', '阿苏拉则', '吉克阿依',
            '沙马日哈', '曲比阿果', '阿尔达克', '其木格']
DOTTED = ['艾尔肯·吐尔逊', '买买提·艾力', '阿不都热合曼·依明', '古丽米拉·阿不都拉', '热依拉·买买提', '叶尔江·努尔兰',
          '努尔兰·别克', '阿依古丽·吐尔逊', '迪丽娜尔·艾则孜', '木合塔尔·沙吾提', '帕提古丽·热合曼', '吐逊·尼亚孜']
CAMPAIGNS = ['“昆仑行动”', '“净网行动”', '“雷霆行动”', '“利剑行动”', '“猎狐行动”', '“断卡行动”', '“护苗行动”',
             '“秋风行动”', '“长安行动”', '“清朗行动”', '“蓝天保卫战”', '“百日攻坚”专项行动', '长江十年禁渔',
             '黄河流域生态保护', '秦岭生态保护', '洱海保护治理', '金秋时节', '黎明时分', '初春时节', '国庆节期间',
             '“向阳花”助学计划', '“春蕾计划”', '“安然回家”帮扶活动', '“明亮工程”', '“常青藤”志愿服务']
FRAMES = ['此前，当地公安机关开展了{w}。', '案发时正值{w}。', '该地区曾开展{w}。', '相关部门在{w}中发现了上述线索。']
PERSON_FRAMES = ['此前，当地开展了“{g}行动”。', '案发时正值“{g}”宣传周。', '村里曾组织“{g}”主题活动。']


def sq(s):
    return score.squeeze(score.norm(s))


def county_table():
    rows = []
    with open(os.path.join(HERE, 'keep-fuzz', 'counties.csv'), encoding='utf-8') as fh:
        for r in csv.reader(l for l in fh if not l.startswith('#')):
            zone = any(z in r[3] for z in ('开发区', '示范区', '园区', '管理区', '新区', '实验区'))
            if len(r) == 4 and 3 <= len(r[3]) <= 8 and r[3][-1] in '县市区旗' and not zone:
                rows.append(r)
    return rows


def vocabulary(jar):
    """Words of HanLP's thesaurus (同义词词林 as HanLP ships it), read from the engine's jar."""
    import zipfile
    words = set()
    try:
        with zipfile.ZipFile(jar) as z:
            for line in z.read('data/dictionary/synonym/CoreSynonym.txt').decode('utf-8-sig').splitlines():
                words.update(line.split(' ')[1:])
    except (OSError, KeyError):
        pass
    return words


class Doc:
    def __init__(self, txt, ann):
        self.txt, self.ann = txt, ann

    def items(self):
        for key in ('mask', 'keep', 'soft_mask'):
            for it in self.ann.get(key, []) or []:
                yield key, it

    def strings(self):
        """Every gold string that must stay an exact substring: item texts, except contexts, address parts."""
        for key, it in self.items():
            yield it['text']
            for e in it.get('except', []) or []:
                yield e
            for p in it.get('parts', []) or []:
                yield p

    def replace(self, old, new):
        """Replaces old by new everywhere, or returns False (nothing changed) when that would be inconsistent."""
        if not old or old == new or old not in self.txt or sq(new) in sq(self.txt):
            return False
        occ = [m.start() for m in re.finditer(re.escape(old), self.txt)]
        if len(occ) != sq(self.txt).count(sq(old)):
            return False  # also written with spaces or a break inside: we would leave some behind
        for s in set(self.strings()):
            if not s:
                continue
            for m in re.finditer(re.escape(s), self.txt):
                a, b = m.start(), m.end()
                for o in occ:
                    c, d = o, o + len(old)
                    overlap = a < d and c < b
                    if overlap and not (a <= c and d <= b):
                        return False  # the item is cut across, or lies inside what we replace
        new_doc = Doc(self.txt.replace(old, new), json.loads(json.dumps(self.ann, ensure_ascii=False)))
        for key, it in new_doc.items():
            it['text'] = it['text'].replace(old, new)
            for f in ('except', 'parts'):
                if it.get(f):
                    it[f] = [x.replace(old, new) for x in it[f]]
            if it.get('person'):
                it['person'] = it['person'].replace(old, new)
        return self.commit(new_doc)

    def commit(self, new_doc):
        """Takes the changed document when every mask item matches as often as before; re-counts keep items."""
        if new_doc.mask_matches() != self.mask_matches():
            return False
        old_keep = self.ann.get('keep', [])
        for i, it in enumerate(new_doc.ann.get('keep', [])):
            was = sq(self.txt).count(sq(old_keep[i]['text']))
            it['count'] = int(it.get('count', 1)) + sq(new_doc.txt).count(sq(it['text'])) - was
        self.txt, self.ann = new_doc.txt, new_doc.ann
        return True

    def mask_matches(self):
        out = []
        txt = sq(self.txt)
        for key, it in self.items():
            if key != 'mask':
                continue
            hay = score.strip_contexts(txt, it.get('except'))
            rx = score.compile_item(it)
            out.append(len(rx.findall(hay)) if rx else 0)
        return out

    def insert(self, sentence, rng, word=None):
        """Inserts a sentence after the first full stop of a paragraph of running text in the document's middle."""
        lines = self.txt.split('\n')
        cands = [i for i, l in enumerate(lines)
                 if len(l) > 60 and '。' in l[:-1] and '｜' not in l and '\t' not in l and '  ' not in l.strip()]
        mid = [i for i in cands if len(lines) * 0.2 <= i <= len(lines) * 0.8] or cands
        if not mid:
            return False
        i = rng.choice(mid)
        j = lines[i].index('。') + 1
        lines[i] = lines[i][:j] + sentence + lines[i][j:]
        new_doc = Doc('\n'.join(lines), json.loads(json.dumps(self.ann, ensure_ascii=False)))
        if word:  # a word holding a masked person's given name is an except context of that name, as the writers do
            for it in new_doc.ann.get('mask', []):
                rx = score.compile_item(it) if it['category'] == 'name' else None
                if rx and rx.search(sq(word)):
                    it['except'] = (it.get('except') or []) + [word]
        return self.commit(new_doc)


def draw_name(rng, kind):
    if kind == 'rare':
        return rng.choice(RARE) + rng.choice(GIVEN)
    if kind == 'compound':
        return rng.choice(COMPOUND) + rng.choice(GIVEN)
    if kind == 'minority':
        return rng.choice(MINORITY)
    if kind == 'dotted':
        return rng.choice(DOTTED)
    if kind == 'word':
        return rng.choice(COMMON) + rng.choice(WORD_GIVEN)
    return rng.choice(WORD_WHOLE)


KINDS = ['rare', 'compound', 'minority', 'dotted', 'word', 'whole']


def spaced(old, new):
    """The new name written with the old one's separators (signature lines: 谭 思 齐), or None."""
    seps = re.findall(r'\s+', old)
    if not seps:
        return new
    if len(set(seps)) != 1 or '\n' in seps[0] or '·' in new:
        return None
    return seps[0].join(new)


def fuzz(doc, rng, counties, vocab, log):
    # 1. officials' names
    for i in range(len(doc.ann.get('keep', []))):
        it = doc.ann['keep'][i]
        if it['category'] not in NAME_CATS:
            continue
        old = it['text']
        for _ in range(6):
            kind = rng.choice(KINDS)
            new = spaced(old, draw_name(rng, kind))
            if new and doc.replace(old, new):
                log.append(('name', it['category'], kind, old, new))
                break
    # 2. county-level places: the county, and its prefecture and province where they stand before it
    by_name = {}
    for r in counties:
        by_name.setdefault(r[3], r)
    present = sorted({r[3] for r in counties if r[3] in doc.txt})
    kept_places = [p for p in present if any(p in it['text'] for it in doc.ann.get('keep', []))]
    rng.shuffle(kept_places)
    for old in kept_places[:2]:
        src = by_name[old]
        for _ in range(6):
            dst = rng.choice(counties)
            if dst[3][-1] != old[-1] or dst[3] in doc.txt or dst[1] == src[1]:
                continue
            if src[2] and dst[2] and src[2] + old in doc.txt:
                doc.replace(src[1] + src[2] + old, dst[1] + dst[2] + dst[3])
                doc.replace(src[2] + old, dst[2] + dst[3])
            if doc.replace(old, dst[3]):
                log.append(('place', 'place', old[-1], old, dst[3]))
                break
    # 3. campaign names and common words that read like names
    for _ in range(2):
        w = rng.choice(CAMPAIGNS)
        s = rng.choice(FRAMES).format(w=w)
        if sq(w) not in sq(doc.txt) and doc.insert(s, rng):
            doc.ann['keep'].append({'text': w.strip('“”'), 'category': 'common_word',
                                    'count': sq(doc.txt).count(sq(w.strip('“”')))})
            log.append(('common', 'common_word', 'campaign', '', w))
    givens = []
    for it in doc.ann.get('mask', []):
        t = it['text']
        if it['category'] == 'name' and it.get('person') == t and len(t) == 3 and t[1:] in vocab:
            givens.append(t[1:])
    if givens:
        g = rng.choice(sorted(set(givens)))
        s = rng.choice(PERSON_FRAMES).format(g=g)
        word = re.search(r'“[^”]+”(?:宣传周|主题活动)?', s).group(0)
        if sq(word) not in sq(doc.txt) and doc.insert(s, rng, word):
            doc.ann['keep'].append({'text': word, 'category': 'common_word', 'count': sq(doc.txt).count(sq(word))})
            log.append(('common', 'common_word', 'given-word', g, word))


def make(seed, out_dir, set_dirs):
    counties = county_table()
    jar = os.path.join(HERE, '..', 'redaction', 'target', 'sunshine-redact.jar')
    vocab = vocabulary(jar)
    for set_dir in set_dirs:
        name = os.path.basename(os.path.normpath(set_dir))
        dst = os.path.join(out_dir, name)
        os.makedirs(dst, exist_ok=True)
        logs = []
        for fn in sorted(os.listdir(set_dir)):
            if not (fn.startswith('doc-') and fn.endswith('.json')):
                continue
            did = fn[:-5]
            with open(os.path.join(set_dir, fn), encoding='utf-8') as fh:
                ann = json.load(fh)
            with open(os.path.join(set_dir, did + '.txt'), encoding='utf-8') as fh:
                txt = fh.read()
            rng = random.Random('%s/%s/%s' % (seed, name, did))
            doc, log = Doc(txt, ann), []
            if ann.get('publishable', True):
                fuzz(doc, rng, counties, vocab, log)
            with open(os.path.join(dst, did + '.txt'), 'w', encoding='utf-8') as fh:
                fh.write(doc.txt)
            with open(os.path.join(dst, fn), 'w', encoding='utf-8') as fh:
                json.dump(doc.ann, fh, ensure_ascii=False, indent=1)
            logs += [(did,) + l for l in log]
        with open(os.path.join(dst, 'substitutions.tsv'), 'w', encoding='utf-8') as fh:
            for l in logs:
                fh.write('\t'.join(l) + '\n')


def report(base_files, var_files):
    def load(f):
        with open(f, encoding='utf-8') as fh:
            return json.load(fh)
    cats = {}
    rows = []
    tot = {'b_keep': 0, 'b_over': 0, 'v_keep': 0, 'v_over': 0, 'b_leak': 0, 'v_leak': 0}
    for bf, vf in zip(base_files, var_files):
        b, v = load(bf), load(vf)
        name = os.path.basename(bf)[:-5]
        rows.append('%-10s keep %5d over %3d (%.2f%%) leaks %3d | variant keep %5d over %3d (%.2f%%) leaks %3d%s' % (
            name, b['keep_items'], b['overredacted'], 100.0 * b['overredacted'] / max(1, b['keep_items']), b['leaks'],
            v['keep_items'], v['overredacted'], 100.0 * v['overredacted'] / max(1, v['keep_items']), v['leaks'],
            '   LEAKS MOVED' if v['leaks'] != b['leaks'] else ''))
        tot['b_keep'] += b['keep_items']; tot['b_over'] += b['overredacted']; tot['b_leak'] += b['leaks']
        tot['v_keep'] += v['keep_items']; tot['v_over'] += v['overredacted']; tot['v_leak'] += v['leaks']
        for side, r in (('b', b), ('v', v)):
            for c, n in r['keep_by_category'].items():
                e = cats.setdefault(c, {'b': [0, 0], 'v': [0, 0]})
                e[side][0] += n
                e[side][1] += r['missing_by_category'].get(c, 0)
    print('\n'.join(rows))
    print('%-10s keep %5d over %3d (%.2f%%) leaks %3d | variant keep %5d over %3d (%.2f%%) leaks %3d' % (
        'ALL', tot['b_keep'], tot['b_over'], 100.0 * tot['b_over'] / max(1, tot['b_keep']), tot['b_leak'],
        tot['v_keep'], tot['v_over'], 100.0 * tot['v_over'] / max(1, tot['v_keep']), tot['v_leak']))
    print('\nover-redaction by category (original sets | variants)')
    for c in sorted(cats, key=lambda c: -cats[c]['v'][0]):
        e = cats[c]
        print('  %-22s %5d %3d | %5d %3d' % (c, e['b'][0], e['b'][1], e['v'][0], e['v'][1]))


if __name__ == '__main__':
    if len(sys.argv) > 3 and sys.argv[1] == 'make':
        make(sys.argv[2], sys.argv[3], sys.argv[4:])
    elif len(sys.argv) > 2 and sys.argv[1] == 'report':
        i = sys.argv.index('--')
        report(sys.argv[2:i], sys.argv[i + 1:])
    else:
        print(__doc__)
        sys.exit(2)
