#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Re-lays out a hand-written gold set as a PDF extractor or an OCR pass would have served it.

Usage: python3 bench/relayout.py SET_DIR OUT_DIR pdf|scan SEED

Every document in its writer's clean layout is re-wrapped every 18-40 characters (one width per document,
as a typesetter does; one its writer already served as extracted keeps its own wraps),
cut into pages of 12-20 lines with page furniture between them -- page-number lines in several shapes
(第 2 页 共 4 页, - 2 -, 2/4, 第2页, a lone 2), running heads on their own line and running heads
sharing a line with the page number (某市人民检察院起诉书　第2页, 第2页　某市人民检察院起诉书, ...) --
with blank lines now and then, stray spaces between Chinese characters and full-width digits
(more of both in `scan`). The gold stays valid: score.py matches whitespace-insensitively (names
tolerate up to 3 separators, numbers 2), so wraps, stray spaces and full-width digits may fall
anywhere, but furniture of more than whitespace is put only between two lines where no mask item,
keep item, except-context or address part occurs across the break. The json is copied with
`chars` updated and every keep item's `count` raised by the occurrences the running heads add;
a document whose furniture would add a mask occurrence gets furniture without heads.
"""
import json
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'redaction-dev'))
try:
    import score  # the scorer's own matching, so that protected spans are what it will look for
except ImportError:  # pragma: no cover
    sys.path.insert(0, '/work/shared/redaction-dev')
    import score

HAN = re.compile(r'[\u4e00-\u9fff]')


def squeezed_with_map(text):
    """The scorer's view (NFKC, no zero-width, no whitespace) and, per character, its offset here."""
    out, where = [], []
    for i, ch in enumerate(text):
        for c in score.norm(ch):
            if not c.isspace():
                out.append(c)
                where.append(i)
    return ''.join(out), where


def blocked_cuts(text, ann):
    """Offsets p (a cut before text[p]) that would fall inside an occurrence of a gold string."""
    sq, where = squeezed_with_map(text)
    patterns = []
    for item in ann.get('mask', []) + ann.get('soft_mask', []):
        rx = score.compile_item(item)
        if rx is not None:
            patterns.append(rx)
        for extra in (item.get('except') or []) + (item.get('parts') or []):
            t = score.squeeze(score.norm(extra))
            if t:
                patterns.append(re.compile(re.escape(t)))
    for item in ann.get('keep', []):
        t = score.squeeze(score.norm(item['text']))
        if t:
            patterns.append(re.compile(re.escape(t)))
    blocked = set()
    for rx in patterns:
        for m in rx.finditer(sq):
            if m.end() - m.start() >= 2:
                blocked.update(range(where[m.start()] + 1, where[m.end() - 1] + 1))
    return blocked


def procuratorate(text, ann):
    first = text.strip().split('\n', 1)[0].strip()
    names = [k['text'] for k in ann.get('keep', []) if k['text'].endswith('人民检察院')]
    if first.endswith('人民检察院') and len(first) <= 20:
        names.append(first)
    return names


class Furniture:
    """One document's page furniture: one shape of head and page number, as a template gives."""

    def __init__(self, rnd, text, ann, pages, heads=True):
        self.rnd = rnd
        self.pages = pages
        names = procuratorate(text, ann)
        kind = ann.get('type', '') or ''
        head = None
        if heads and names:
            name = rnd.choice(names)
            head = rnd.choice([name + kind, name + '　' + kind, name + ' ' + kind, name + kind + '（副本）'])
        elif heads and kind:
            head = kind
        self.head = head
        self.number = rnd.choice([
            lambda p, n: '第 %d 页 共 %d 页' % (p, n),
            lambda p, n: '第%d页/共%d页' % (p, n),
            lambda p, n: '- %d -' % p,
            lambda p, n: '—%d—' % p,
            lambda p, n: '%d/%d' % (p, n),
            lambda p, n: '第%d页' % p,
            lambda p, n: '%d' % p,
        ])
        # where the head goes: its own line under the page number, the same line before or after it
        self.shape = rnd.choice(['none', 'own', 'own', 'before', 'after', 'before']) if head else 'none'

    def between(self, page):
        number = self.number(page, self.pages)
        gap = '\n' if self.rnd.random() < 0.3 else ''
        if self.shape == 'own':
            return gap + number + '\n' + gap + self.head
        if self.shape == 'before':
            sep = self.rnd.choice(['　', '  ', '　　', ' '])
            return gap + self.head + sep + number + gap
        if self.shape == 'after':
            sep = self.rnd.choice(['　', '  ', ' '])
            return gap + number + sep + self.head + gap
        return gap + number + gap


def strayed(piece, start, scan, rnd, blocked_digits):
    odds = 25 if scan else 60
    s = []
    for i, c in enumerate(piece):
        if '0' <= c <= '9' and rnd.randrange(12 if scan else 20) == 0:
            s.append(chr(ord(c) - ord('0') + ord('０')))
        else:
            s.append(c)
        if i + 1 < len(piece) and HAN.match(c) and HAN.match(piece[i + 1]) and rnd.randrange(odds) == 0:
            s.append('　' if rnd.randrange(3) == 0 else ' ')
    return ''.join(s)


def typeset(text):
    """Whether the writer already served the text as extracted (lines cut at one width, not paragraphs)."""
    lengths = sorted(len(l.strip()) for l in text.split('\n') if l.strip())
    return bool(lengths) and lengths[len(lengths) * 3 // 4] < 45


def relayout(text, ann, layout, rnd, heads=True):
    scan = layout == 'scan'
    blocked = blocked_cuts(text, ann)
    width = rnd.randint(18, 40)
    if typeset(text):
        width = 10 ** 6  # already wrapped by its writer's extractor: wrapping it again makes lines no typesetter makes
    per_page = rnd.randint(12, 20)
    # cut points: (offset, piece); every original line break stays a break
    lines = []  # (start, end) offsets of the new lines in text
    pos = 0
    for para in text.split('\n'):
        end = pos + len(para)
        i = pos
        while end - i > width:
            lines.append((i, i + width))
            i += width
        lines.append((i, end))
        pos = end + 1
    pages = max(2, len(lines) // per_page + 1)
    furniture = Furniture(rnd, text, ann, pages, heads)
    out = []
    added = []
    page = 1
    since = 0
    for n, (a, b) in enumerate(lines):
        out.append(strayed(text[a:b], a, scan, rnd, blocked))
        since += 1
        last = n + 1 == len(lines)
        if not last and since >= per_page and lines[n + 1][0] not in blocked and b not in blocked:
            f = furniture.between(page)
            added.append(f)
            out.append(f)
            page += 1
            since = 0
        elif not last and scan and rnd.random() < 0.02 and lines[n + 1][0] not in blocked:
            out.append('')  # an OCR pass leaves a blank line now and then
    tail = furniture.number(page, furniture.pages)
    added.append(tail)
    out.append(tail)
    return '\n'.join(out) + '\n', added


def occurrences(ann, sq):
    counts = []
    for item in ann.get('mask', []):
        rx = score.compile_item(item)
        hay = score.strip_contexts(sq, item.get('except'))
        counts.append(len(rx.findall(hay)) if rx else 0)
    return counts


def main(src, dst, layout, seed):
    os.makedirs(dst, exist_ok=True)
    for fn in sorted(os.listdir(src)):
        if not (fn.startswith('doc-') and fn.endswith('.json')):
            continue
        did = fn[:-5]
        with open(os.path.join(src, fn), encoding='utf-8') as fh:
            ann = json.load(fh)
        with open(os.path.join(src, did + '.txt'), encoding='utf-8') as fh:
            text = fh.read()
        rnd = random.Random('%s/%s/%s' % (seed, layout, did))
        old_sq = score.squeeze(score.norm(text))
        before = occurrences(ann, old_sq)
        new, added = relayout(text, ann, layout, rnd)
        new_sq = score.squeeze(score.norm(new))
        if occurrences(ann, new_sq) != before:
            rnd = random.Random('%s/%s/%s/plain' % (seed, layout, did))
            new, added = relayout(text, ann, layout, rnd, heads=False)
            new_sq = score.squeeze(score.norm(new))
            if occurrences(ann, new_sq) != before:
                print('warning: %s: the layout changed what the scorer sees' % did, file=sys.stderr)
        for item in ann.get('keep', []):
            t = score.squeeze(score.norm(item['text']))
            item['count'] = int(item.get('count', 1)) + new_sq.count(t) - old_sq.count(t)
        ann['chars'] = len(new)
        ann.setdefault('traps', []).append('relayout_%s_seed_%s' % (layout, seed))
        with open(os.path.join(dst, did + '.txt'), 'w', encoding='utf-8') as fh:
            fh.write(new)
        with open(os.path.join(dst, fn), 'w', encoding='utf-8') as fh:
            json.dump(ann, fh, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    if len(sys.argv) != 5 or sys.argv[3] not in ('pdf', 'scan'):
        print(__doc__)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4])
