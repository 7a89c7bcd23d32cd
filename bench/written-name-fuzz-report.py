#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Summary of bench/written-name-fuzz.sh: python3 bench/written-name-fuzz-report.py WORK "CLASS ..."

Per set and class: all leaks (renamed-name leaks in brackets); then per class the totals, and the leaked
renamed names themselves (with --names)."""
import json
import os
import sys
from collections import defaultdict


def squeeze(s):
    return ''.join(s.split())


def main(argv):
    work, classes = argv[1], argv[2].split()
    show = '--names' in argv
    table = defaultdict(dict)
    totals = {}
    leaked_names = defaultdict(list)
    sets_order = []
    for c in classes:
        with open(os.path.join(work, c, 'report.json'), encoding='utf-8') as fh:
            rep = json.load(fh)
        doc_set, renamed = {}, defaultdict(set)
        with open(os.path.join(work, c, 'gold', 'manifest.tsv'), encoding='utf-8') as fh:
            for line in fh:
                did, set_name, old, cls, new, forms = line.rstrip('\n').split('\t')
                renamed[did].add(new)
                for pair in forms.split('|'):
                    if '>' in pair:
                        renamed[did].add(pair.split('>', 1)[1])
        # the set of each document, from bench/written
        for s in sorted(os.listdir('bench/written')):
            d = os.path.join('bench/written', s)
            if os.path.isdir(d):
                for fn in os.listdir(d):
                    if fn.endswith('.json'):
                        doc_set[fn[:-5]] = s
        t = dict(leaks=0, named=0, docs=0, over=0, refusal=0, persons=sum(1 for _ in open(
            os.path.join(work, c, 'gold', 'manifest.tsv'), encoding='utf-8')))
        for did, pd in rep['per_doc'].items():
            s = doc_set.get(did, '?')
            if s not in sets_order:
                sets_order.append(s)
            cell = table[s].setdefault(c, [0, 0])
            leaks = pd.get('leaks') or []
            named = [l for l in leaks if l['category'] == 'name' and squeeze(l['text']) in renamed[did]]
            cell[0] += len(leaks)
            cell[1] += len(named)
            t['leaks'] += len(leaks)
            t['named'] += len(named)
            t['docs'] += 1 if leaks else 0
            t['over'] += len(pd.get('missing') or [])
            t['refusal'] += 1 if pd.get('refusal') in ('missed', 'wrongful') else 0
            leaked_names[c] += ['%s %s' % (did, l['text'].replace('\n', '\\n')) for l in named]
        totals[c] = t
    print('leaks per set and class (of them, a renamed person\'s name)')
    print('%-10s' % 'set' + ''.join('%14s' % c for c in classes))
    for s in sets_order:
        print('%-10s' % s + ''.join('%14s' % ('%d (%d)' % tuple(table[s].get(c, [0, 0]))) for c in classes))
    print()
    print('%-13s %8s %7s %11s %12s %6s %8s' % ('class', 'renamed', 'leaks', 'name leaks', 'docs leaking', 'over',
                                              'refusal'))
    for c in classes:
        t = totals[c]
        print('%-13s %8d %7d %11d %12d %6d %8d' % (c, t['persons'], t['leaks'], t['named'], t['docs'], t['over'],
                                                 t['refusal']))
    if show:
        for c in classes:
            print('\n== %s' % c)
            for n in leaked_names[c]:
                print('  ' + n)


if __name__ == '__main__':
    main(sys.argv)
