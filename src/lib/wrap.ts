/**
 * Breaks a label into lines of at most `max` characters at spaces, for text in the lessons' SVG
 * figures (SVG text does not wrap by itself). A word longer than `max` keeps a line of its own
 * rather than being cut; an explicit "\n" in the label always starts a new line.
 */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const paragraph of label.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > max) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
  }
  return lines;
}
