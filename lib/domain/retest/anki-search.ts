// A search to paste into Anki's browser that finds the cards tagged with the missed question IDs.
// Format: AnKing-style decks tag each card with the question bank's ID as the last part of a hierarchical tag
// (e.g. `#AK_Step1_v12::#UWorld::Step::20551`). Anki's search matches `tag:*::20551` against any tag ending in
// `::20551`, whatever the deck version, and `OR` joins the IDs (docs.ankiweb.net/searching.html, "Tags").
// IDs keep only letters, digits, '-' and '_' so that nothing typed can break the search's syntax.

export function cleanQuestionId(raw: string): string {
  return raw.trim().replace(/[^A-Za-z0-9_-]/g, '');
}

/** '' when there is no usable ID. */
export function ankiSearch(questionIds: readonly string[]): string {
  const ids = [...new Set(questionIds.map(cleanQuestionId).filter((id) => id !== ''))];
  if (ids.length === 0) return '';
  const terms = ids.map((id) => `tag:*::${id}`);
  return terms.length === 1 ? terms.join('') : `(${terms.join(' OR ')})`;
}
