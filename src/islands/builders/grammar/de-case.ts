/** Groß- und Kleinschreibung nach der Anrede: „Hallo Katrin,“ und klein weiter. */
/**
 * Words German writes in lower case inside a sentence. After "Hallo Katrin," the text goes on in
 * lower case, so a sentence the reader typed that opens with one of these continues with it in
 * lower case; any other first word (a noun, a name, the polite "Sie" and "Ihr") keeps its capital.
 */
const lowerAfterSalutation = new Set(
  (
    'ich wir du es das der die dem den des ein eine einen einem einer mein meine meinen meinem ' +
    'meiner unser unsere unseren unserem unserer dein deine deinen deinem deiner euer eure als am ' +
    'an auf aus bei beim bis da damit dass durch für gestern heute morgen hier im in mit nach ' +
    'neulich nun schon seit so über um vielen von vor während weil wenn wie zu zum zur schön ' +
    'gern gerne danke letzte letzten letztes letzter nächste nächsten vergangene vergangenen ' +
    'bereits erst kürzlich beim jetzt inzwischen mittlerweile'
  ).split(' '),
);

/** A sentence the reader typed, as it continues after "Hallo …,": see `lowerAfterSalutation`. */
export function afterSalutation(sentence: string): string {
  const first = /^\p{L}+/u.exec(sentence)?.[0] ?? '';
  return lowerAfterSalutation.has(first.toLowerCase()) && first !== first.toLowerCase()
    ? first.toLowerCase() + sentence.slice(first.length)
    : sentence;
}
