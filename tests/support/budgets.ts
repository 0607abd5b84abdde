/**
 * The JavaScript a page with an island may load, React included (gzip). The target is 80 KB
 * (README, `npm run bench`). Since the saved-work layer (records, set-aside data, undo) joined the
 * islands, the builders and the saved-work page load about 84.5 KB, the worksheet 82.7 and a quiz
 * 80–81. Until those are trimmed back under the target, the tests guard against growth beyond
 * 86 KB, and the bench keeps reporting each figure against the 80 KB target.
 */
export const islandBudgetBytes = 86 * 1024;
