#!/usr/bin/env python3
"""Reading level of the English and Spanish texts RoutinePress prints, family by family.

    scripts/reading-level.py [ROOT] [--worst N] [--min-words N] [--as-briefed]

ROOT is the repository (default: the folder above this script). For each family of text (catalog
names, cues, instructions and picture descriptions; race-week defaults; the tool's own phrases; the
take-home example sheet) it prints one line per language: sentences, words, words per sentence,
syllables per word and the scores. English: Flesch Reading Ease and Flesch-Kincaid grade. Spanish:
Fernandez-Huerta and Szigriszt-Pazos (INFLESZ). Then it lists the N (default 10) Spanish sentences
of the printed catalog fields and race-week defaults with the lowest Fernandez-Huerta score;
--min-words (default 5) leaves out shorter labels, where one long word decides the score.

Counting. Each text (a cue, a checklist item, a phrase) is split into sentences at . ! ? followed by
a space or the end; a text without one is one sentence. {placeholders} are dropped; date.* and
list.* phrases are formats, not phrases, and are skipped. A word is a run of letters (hyphenated
compounds are one word) or a number; numbers count 1 syllable with one digit, 2 otherwise; symbols
(+ · : ...) are not words. Each distinct text of a family is counted once (the four tapers repeat
"Rest" and the race-day checklist). English syllables: vowel groups (a e i o u y), less a final
silent e (not -ee, not consonant + -le). Spanish syllables: vowel groups, each holding one syllable
per strong vowel (a e o, and accented i/u: hiatus), weak i u ü y joining a neighbour (diphthong) or
each other; y before a vowel is a consonant. Every word has at least one syllable (km, s, x).

Reading the scores. Flesch (EN) and Fernandez-Huerta (ES) share a scale: 90+ very easy, 80-90 easy,
70-80 fairly easy, 60-70 standard, 50-60 fairly difficult, below 50 difficult: >= 70 is "fairly
easy", what a patient sheet should reach. INFLESZ (ES): 55-65 normal, > 65 fairly easy, > 80 very
easy, 40-55 fairly difficult. Flesch-Kincaid is a US school grade.

Fernandez-Huerta is usually quoted as 206.84 - 0.60 P - 1.02 F, P syllables per 100 words and F
sentences per 100 words. That F is a known transcription error (G. Law, LINGUIST List 22.2332,
2011): more sentences per 100 words means shorter sentences, yet lowers the score, and a one-word
checklist item scores below zero. The column FH uses F = words per sentence, as Flesch does; FH*
is the formula as usually quoted. --as-briefed ranks the worst sentences by FH* instead.
"""
import argparse, json, re
from pathlib import Path

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument('root', nargs='?', type=Path, default=Path(__file__).resolve().parent.parent)
ap.add_argument('--worst', type=int, default=10)
ap.add_argument('--min-words', type=int, default=5)
ap.add_argument('--as-briefed', action='store_true')
opt = ap.parse_args()
ROOT, WORST, MIN_WORDS, BRIEFED = opt.root, opt.worst, opt.min_words, opt.as_briefed
load = lambda p: json.loads((ROOT / p).read_text(encoding='utf-8'))

WORD = re.compile(r"\d+(?:[.,]\d+)?[^\W\d_]*|[^\W\d_]+(?:['’-][^\W\d_]+)*")
def sentences(text):
    text = re.sub(r'\{[^{}]*\}', ' ', text)
    return [s for s in (p.strip() for p in re.split(r'(?<=[.!?])\s+', text)) if WORD.search(s)]

def syl_en(w):
    if w[0].isdigit(): return 1 if len(w) == 1 else 2
    total = 0
    for part in re.sub(r"['’]", '', w.lower()).split('-'):
        n = len(re.findall(r'[aeiouy]+', part))
        if n > 1 and part.endswith('e') and not part.endswith('ee') and not re.search(r'[^aeiouy]le$', part): n -= 1
        total += max(1, n)
    return total

def syl_es(w):
    if w[0].isdigit(): return 1 if len(w) == 1 else 2
    total = 0
    for part in w.lower().split('-'):
        part = re.sub(r'y(?=[aeiouáéíóú])', 'ʝ', part)          # y before a vowel: consonant
        n = sum(max(1, len(re.findall('[aeoáéóíú]', g))) for g in re.findall('[aeiouáéíóúüy]+', part))
        total += max(1, n)
    return total

def measure(texts, lang):
    sents = [s for t in dict.fromkeys(texts) for s in sentences(t)]
    words = [w for s in sents for w in WORD.findall(s)]
    syl = sum((syl_en if lang == 'en' else syl_es)(w) for w in words)
    return len(sents), len(words), syl

def scores(n_sent, n_words, n_syl, lang):
    wps, spw = n_words / n_sent, n_syl / n_words
    if lang == 'en':
        return {'Flesch': 206.835 - 1.015 * wps - 84.6 * spw, 'FK grade': 0.39 * wps + 11.8 * spw - 15.59}
    return {'FH': 206.84 - 60 * spw - 1.02 * wps, 'FH*': 206.84 - 60 * spw - 102 * n_sent / n_words,
            'INFLESZ': 206.835 - 62.3 * spw - wps}

def band(name, v):                      # the bands of "Reading the scores" above
    if name == 'INFLESZ':
        return next(b for lo, b in [(80, 'very easy'), (65, 'fairly easy'), (55, 'normal'), (40, 'fairly difficult'), (-1e9, 'very difficult')] if v > lo)
    return next(b for lo, b in [(90, 'very easy'), (80, 'easy'), (70, 'fairly easy'), (60, 'standard'), (50, 'fairly difficult'), (30, 'difficult'), (-1e9, 'very difficult')] if v >= lo)

# --- the texts: (file, key, text) per family and language ---------------------------------------
def race_week(d, f):
    out = [(f, f'routines.{k}.title', r['title']) for k, r in d['routines'].items()]
    for i, c in enumerate(d['checklists']):
        out += [(f, f'checklists[{i}].title', c['title'])] + [(f, f'checklists[{i}].items[{j}]', t) for j, t in enumerate(c['items'])]
    for race, days in d['tapers'].items():
        for i, day in enumerate(days):
            out.append((f, f'tapers.{race}[{i}].run', day['run']))
            out += [(f, f'tapers.{race}[{i}].checklist[{j}]', t) for j, t in enumerate(day.get('checklist', []))]
    return out

def phrases(d, f):
    out = []
    for k, v in d['strings'].items():
        if k.startswith(('date.', 'list.')): continue
        out += [(f, k, v)] if isinstance(v, str) else [(f, f'{k}.{form}', t) for form, t in v.items()]
    return out

def sheet(d, f):
    out = [(f, 'intro', d['intro'])] if d.get('intro') else []
    for i, s in enumerate(d['sections']):
        out += [(f, f'sections[{i}].items[{j}].cue', it['cue']) for j, it in enumerate(s['items']) if it.get('cue')]
    return out + ([(f, 'notes', d['notes'])] if d.get('notes') else [])

cat_en, cat_es = load('Layouts/exercises.json')['exercises'], load('Layouts/strings/es.exercises.json')['exercises']
def catalog(field):
    if field == 'picture':
        en = [(f'Layouts/{e["pose"]}', 'description', load(f'Layouts/{e["pose"]}')['description']) for e in cat_en if 'pose' in e]
    else:
        en = [('Layouts/exercises.json', f'{e["id"]}.{field}', e[field]) for e in cat_en if e.get(field)]
    es = [('Layouts/strings/es.exercises.json', f'exercises.{k}.{field}', t[field]) for k, t in cat_es.items() if t.get(field)]
    return en, es

FAMILIES = {}
for field, label in [('name', 'catalog names'), ('cue', 'catalog cues'), ('instructions', 'catalog instructions'), ('picture', 'catalog pictures (alt)')]:
    FAMILIES[label] = catalog(field)
FAMILIES['race-week defaults'] = (race_week(load('Layouts/race-week-defaults.json'), 'Layouts/race-week-defaults.json'),
                                  race_week(load('Layouts/strings/es.race-week.json'), 'Layouts/strings/es.race-week.json'))
FAMILIES['tool phrases'] = (phrases(load('Layouts/strings/en.json'), 'Layouts/strings/en.json'),
                            phrases(load('Layouts/strings/es.json'), 'Layouts/strings/es.json'))
FAMILIES['example sheet'] = (sheet(load('Examples/take-home.json'), 'Examples/take-home.json'),
                             sheet(load('Examples/take-home-es.json'), 'Examples/take-home-es.json'))

print(f"{'family':24} lang {'sent':>5} {'words':>6} {'w/sent':>6} {'syl/w':>5}  scores")
for fam, pair in FAMILIES.items():
    for lang, items in zip(('en', 'es'), pair):
        if not items: print(f'{fam:24} {lang}   (no texts)'); continue
        n = measure([t for _, _, t in items], lang)
        sc = scores(*n, lang)
        shown = '  '.join(f'{k} {v:6.1f}' + (f' ({band(k, v)})' if k in ('Flesch', 'FH', 'INFLESZ') else '') for k, v in sc.items())
        print(f'{fam:24} {lang}   {n[0]:5} {n[1]:6} {n[1] / n[0]:6.1f} {n[2] / n[1]:5.2f}  {shown}')

# --- the hardest Spanish sentences of the printed catalog fields and the race-week defaults --------
seen, rows = set(), []
for fam in ['catalog names', 'catalog cues', 'catalog instructions', 'race-week defaults']:
    for f, key, text in FAMILIES[fam][1]:
        for i, s in enumerate(sentences(text)):
            if s in seen: continue
            seen.add(s)
            n = measure([s], 'es')
            if n[1] < MIN_WORDS: continue
            sc = scores(*n, 'es')
            rows.append((sc['FH*' if BRIEFED else 'FH'], sc, f, key + (f' (sentence {i + 1})' if len(sentences(text)) > 1 else ''), s))
print(f"\nThe {WORST} Spanish sentences of {MIN_WORDS}+ words (catalog names, cues, instructions; race-week defaults)"
      f" with the lowest {'FH*' if BRIEFED else 'FH'}:")
for v, sc, f, key, s in sorted(rows, key=lambda r: r[0])[:WORST]:
    print(f"  FH {sc['FH']:6.1f}  FH* {sc['FH*']:6.1f}  INFLESZ {sc['INFLESZ']:6.1f}  {f} {key}\n      {s}")
