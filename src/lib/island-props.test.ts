import { describe, expect, it } from 'vitest';
import { decodeAttribute, encodeAttribute, moveIslandProps } from './island-props.ts';

const props = '{"quiz":[0,{"title":[0,"Say \\"yes\\" & mean it’s <fine>"]}],"level":[0,3]}';
const island = (client: string, name = 'Quiz') =>
  `<astro-island uid="Z1" component-url="/_astro/Quiz.js" component-export="default" ` +
  `renderer-url="/_astro/client.js" props="${encodeAttribute(props)}" ssr client="${client}" ` +
  `opts="${encodeAttribute(JSON.stringify({ name, value: { rootMargin: '300px' } }))}" await-children>` +
  `<div class="quiz">Question 1 of 4</div><!--astro:end--></astro-island>`;
const page = (body: string) => `<!DOCTYPE html><html><body><main>${body}</main></body></html>`;

describe("moving an island's props out of its page", () => {
  it('writes them, as the island reads them, into a file named after the component beside the page', () => {
    const { html, files } = moveIslandProps(page(island('visible-props')), '/connector/en/lessons/x/');
    expect(files).toEqual([{ name: 'quiz.props.json', text: props }]);
    expect(html).not.toContain(' props=');
    expect(html).not.toContain('mean it');
    const opts = /opts="([^"]*)"/.exec(html)![1]!;
    expect(JSON.parse(decodeAttribute(opts))).toEqual({
      name: 'Quiz',
      value: { rootMargin: '300px', props: '/connector/en/lessons/x/quiz.props.json' },
    });
  });

  it('keeps everything else of the page, the island’s server render included', () => {
    const before = page(`<p>Before</p>${island('visible-props')}<p>After</p>`);
    const { html } = moveIslandProps(before, '/en/lessons/x/');
    const strip = (text: string) => text.replace(/ props="[^"]*"/, '').replace(/ opts="[^"]*"/, '');
    expect(strip(html)).toBe(strip(before));
    expect(html).toContain('<div class="quiz">Question 1 of 4</div>');
  });

  it('moves the props of a builder hydrated on first use (client:use-props) the same way', () => {
    const { html, files } = moveIslandProps(page(island('use-props', 'ReconnectBuilder')), '/de/tools/reconnect/');
    expect(files).toEqual([{ name: 'reconnectbuilder.props.json', text: props }]);
    expect(html).not.toContain(' props=');
    expect(JSON.parse(decodeAttribute(/opts="([^"]*)"/.exec(html)![1]!)).value.props).toBe(
      '/de/tools/reconnect/reconnectbuilder.props.json',
    );
  });

  it('leaves islands with other directives, and pages without islands, as they are', () => {
    const idle = page(island('idle'));
    expect(moveIslandProps(idle, '/en/quizzes/q/')).toEqual({ html: idle, files: [] });
    expect(moveIslandProps(page('<p>text</p>'), '/en/')).toEqual({ html: page('<p>text</p>'), files: [] });
  });

  it('refuses two islands of one component on a page, whose props would share a file', () => {
    expect(() => moveIslandProps(page(island('visible-props') + island('visible-props')), '/en/x/')).toThrow(
      /Two Quiz islands/,
    );
  });
});

describe('attribute values', () => {
  it('decode as a browser reads them and encode back as Astro writes them', () => {
    expect(decodeAttribute('&quot;a&quot; &amp; &#39;b&#39; &lt;c&gt; &#8217; &#x2019; &nbsp;')).toBe(
      '"a" & \'b\' <c> ’ ’ &nbsp;',
    );
    expect(decodeAttribute(encodeAttribute(props))).toBe(props);
  });
});
