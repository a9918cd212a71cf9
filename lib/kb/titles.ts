/**
 * Titles and honorifics that follow a family name in Japanese news: 出澤社長, 出澤氏,
 * 加藤官房長官. A family name + one of these resolves to the person, but only when the
 * same article also names the person in full (news style: full name first, then
 * family name + title), because family names alone are shared by many people.
 * Longer titles are listed too so the mark covers the whole form.
 */
export const PERSON_TITLES = [
  '氏',
  'さん',
  '様',
  'くん',
  '君',
  '社長',
  '副社長',
  '会長',
  '代表',
  '取締役',
  '常務',
  '専務',
  '執行役員',
  '常務執行役員',
  '部長',
  '室長',
  'CEO',
  'COO',
  'CSMO',
  'CPO',
  '首相',
  '総理',
  '総理大臣',
  '大臣',
  '長官',
  '官房長官',
  '総務相',
  '総務大臣',
  'デジタル相',
  'デジタル改革相',
  '委員',
  '委員長',
  '議員',
  '衆院議員',
  '審議官',
  '内閣審議官',
  '教授',
  '准教授',
  '座長',
  '理事長',
  '院長',
  '医師',
  '記者',
  '編集委員',
  // the accused (a suspect named in full, then by family name: 田辺容疑者) and the heads
  // of local governments. Every title makes a form for every family name (~360 each),
  // built where the index loads: 45 more titles doubled the worker's alias trie
  // (65–80 → 160–180 ms in Node) and slowed a cold first mark by ~150 ms, so only
  // titles the development articles needed are listed; a person's own title form that
  // identifies him goes in his aliases (data/README.md).
  '容疑者',
  '被告',
  '知事',
  '市長',
] as const;
