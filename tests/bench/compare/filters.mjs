// Run one npm profanity filter over a file: one message per line.
//   node filters.mjs NAME speed FILE        -> prints "<seconds> <flagged>"
//   node filters.mjs NAME eval FILE.tsv...   -> prints "<file> <tp> <fp> <fn> <tn>"
// Each filter is used as its README shows, with its default dictionaries
// (plus Dutch and Polish where the filter offers them), no tuning.
import fs from 'node:fs';

async function load(name) {
  switch (name) {
    case 'leo-profanity': {
      const m = (await import('leo-profanity')).default;
      return (t) => m.check(t);
    }
    case 'bad-words': {
      const { Filter } = await import('bad-words');
      const f = new Filter();
      return (t) => { try { return f.isProfane(t); } catch { return false; } };
    }
    case 'obscenity': {
      const o = await import('obscenity');
      const m = new o.RegExpMatcher({
        ...o.englishDataset.build(), ...o.englishRecommendedTransformers });
      return (t) => m.hasMatch(t);
    }
    case 'allprofanity': {
      const p = (await import('allprofanity')).default;
      for (const l of ['dutch', 'polish']) { try { p.loadLanguage(l); } catch {} }
      return (t) => p.check(t);
    }
    case 'glin-profanity': {
      const { Filter } = await import('glin-profanity');
      const f = new Filter({ detectLeetspeak: true,
                             languages: ['english', 'dutch', 'polish'] });
      return (t) => f.isProfane(t);
    }
  }
  throw new Error('unknown filter ' + name);
}

const [name, mode, ...files] = process.argv.slice(2);
const check = await load(name);
if (mode === 'speed') {
  const lines = fs.readFileSync(files[0], 'utf8').split('\n');
  const t0 = process.hrtime.bigint();
  let flagged = 0;
  for (const l of lines) if (l && check(l)) flagged++;
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${s} ${flagged}`);
} else {
  for (const f of files) {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    const rows = fs.readFileSync(f, 'utf8').split('\n');
    for (const row of rows.slice(1)) {
      const c = row.split('\t');
      if (c.length < 4) continue;
      const truth = c[1] === 'abusive';
      const said = !!check(c.slice(3).join('\t'));
      if (truth && said) tp++; else if (truth) fn++; else if (said) fp++; else tn++;
    }
    console.log(`${f} ${tp} ${fp} ${fn} ${tn}`);
  }
}
