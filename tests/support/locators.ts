/**
 * How the browser tests find elements: by role and label (`getByRole`, `getByLabel`, `getByText`,
 * `getByPlaceholder`, `getByTitle`, `getByAltText`), or by selector (`locator`, `$`, `$$`,
 * `querySelector(All)`, `waitForSelector`, `closest`, `matches`). A selector with an id, a class,
 * an attribute or an XPath in it counts as "css"; one made of tag names only (`'mark'`, `'option'`)
 * as "tag". A selector the code builds from a variable counts as css, since it cannot be read.
 *
 * Helpers count where they are used: a call to a function declared in tests/ (in the test file
 * itself or in tests/support) counts every locator inside that function, once per call, so a
 * selector hidden behind a helper is counted as often as the helper runs it in the source.
 *
 * `npx node tests/support/locators.ts [--sites]` prints the counts per file (and where each css
 * selector is written); tests/unit/locators.test.ts holds
 * the ratio of role and label to css at three or more (issue 15).
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { root } from './dist.ts';

export type Kind = 'role' | 'css' | 'tag';
export type Counts = Record<Kind, number>;

const roleMethods = new Set(['getByRole', 'getByLabel', 'getByText', 'getByPlaceholder', 'getByTitle', 'getByAltText']);
const selectorMethods = new Set([
  'locator',
  '$',
  '$$',
  '$eval',
  '$$eval',
  'querySelector',
  'querySelectorAll',
  'waitForSelector',
  'closest',
  'matches',
]);

/** css unless the selector is tag names only (with combinators, commas and pseudo-classes). */
export function selectorKind(selector: string | null): Exclude<Kind, 'role'> {
  if (selector === null) return 'css';
  return /^\s*[a-z][a-z0-9-]*(?::[a-z-]+)*(?:\s*[\s,>+~]\s*[a-z][a-z0-9-]*(?::[a-z-]+)*)*\s*$/.test(selector)
    ? 'tag'
    : 'css';
}

/** The selector's text when the source spells it out; a template's holes stand for a name. */
function selectorText(node: ts.Expression | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    // `#ws-${name}` is an id whatever the name; `${tag}` alone cannot be read.
    const text = node.head.text + node.templateSpans.map((span) => `x${span.literal.text}`).join('');
    return /[#.[]/.test(text) ? text : null;
  }
  return null;
}

const empty = (): Counts => ({ role: 0, css: 0, tag: 0 });
const add = (into: Counts, from: Counts) => {
  into.role += from.role;
  into.css += from.css;
  into.tag += from.tag;
};

type Helper = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;

/** A function with a name of its own: `function name() {}` or `const name = () => …`. */
function namedHelper(node: ts.Node): node is Helper {
  if (ts.isFunctionDeclaration(node)) return Boolean(node.name);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node))
    return ts.isVariableDeclaration(node.parent) && node.parent.initializer === node;
  return false;
}

/**
 * The counts per file of `files`. Helpers are functions declared under `helpersIn` (tests/), in
 * those files or in `support` (tests/support/*.ts): only those are read, as only binding is needed
 * (which declaration a call reaches), not types.
 */
export function countLocators(
  files: string[],
  {
    helpersIn = join(root, 'tests'),
    support = supportFiles(),
    sites,
  }: { helpersIn?: string; support?: string[]; sites?: Set<string> } = {},
): Map<string, Counts> {
  const program = ts.createProgram([...files, ...support], {
    allowImportingTsExtensions: true,
    noEmit: true,
    noResolve: true,
    noLib: true,
    types: [],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ESNext,
  });
  const checker = program.getTypeChecker();
  const helperDir = join(helpersIn, '/');
  const memo = new Map<Helper, Counts>();
  const visiting = new Set<Helper>();

  /** The helper a call runs, when it is one declared in tests/. */
  function helperOf(call: ts.CallExpression): Helper | undefined {
    let symbol = checker.getSymbolAtLocation(call.expression);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    for (const declaration of symbol?.declarations ?? []) {
      if (!declaration.getSourceFile().fileName.startsWith(helperDir)) continue;
      if (ts.isFunctionDeclaration(declaration) && declaration.body) return declaration;
      if (ts.isVariableDeclaration(declaration) && declaration.initializer && namedHelper(declaration.initializer))
        return declaration.initializer as Helper;
    }
    return undefined;
  }

  function countHelper(helper: Helper): Counts {
    const known = memo.get(helper);
    if (known) return known;
    if (visiting.has(helper)) return empty();
    visiting.add(helper);
    const counts = empty();
    if (helper.body) walk(helper.body, counts);
    visiting.delete(helper);
    memo.set(helper, counts);
    return counts;
  }

  function walk(node: ts.Node, counts: Counts): void {
    // A named helper's body counts where it is called, not where it is written.
    if (namedHelper(node)) return;
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : ts.isIdentifier(callee)
          ? callee.text
          : '';
      if (ts.isPropertyAccessExpression(callee) && roleMethods.has(name)) counts.role++;
      else if (ts.isPropertyAccessExpression(callee) && selectorMethods.has(name)) {
        const kind = selectorKind(selectorText(node.arguments[0]));
        counts[kind]++;
        if (kind === 'css' && sites) {
          const source = node.getSourceFile();
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          sites.add(`${relative(root, source.fileName)}:${line}: ${node.getText().split('\n')[0]}`);
        }
      } else {
        const helper = helperOf(node);
        if (helper) add(counts, countHelper(helper));
      }
    }
    ts.forEachChild(node, (child) => walk(child, counts));
  }

  const result = new Map<string, Counts>();
  for (const file of files) {
    const counts = empty();
    walk(program.getSourceFile(file)!, counts);
    result.set(relative(root, file).replaceAll('\\', '/'), counts);
  }
  return result;
}

function supportFiles(): string[] {
  const dir = join(root, 'tests', 'support');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file));
}

/** The browser tests, every file under tests/browser. */
export function browserTestFiles(): string[] {
  const dir = join(root, 'tests', 'browser');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file))
    .sort();
}

export function total(counts: Map<string, Counts>): Counts {
  const sum = empty();
  for (const value of counts.values()) add(sum, value);
  return sum;
}

// `--sites` also lists every css selector, where it is written (a helper's once).
if (import.meta.url === `file://${process.argv[1]}`) {
  const sites = new Set<string>();
  const counts = countLocators(browserTestFiles(), { sites });
  if (process.argv.includes('--sites')) for (const site of [...sites].sort()) console.log(site);
  for (const [file, c] of counts) console.log(`${file}: role ${c.role}, css ${c.css}, tag ${c.tag}`);
  const sum = total(counts);
  console.log(`all: role ${sum.role}, css ${sum.css}, tag ${sum.tag}; role : css = ${(sum.role / sum.css).toFixed(2)}`);
}
