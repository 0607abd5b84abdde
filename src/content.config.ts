/**
 * The content collections and their schemas. Entry ids are `<locale>/<slug>`, taken from the path
 * under `content/<collection>/`; `src/lib/content.ts` splits them and checks that every locale has
 * every entry.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { locales } from './i18n/locales.ts';
import { toolIds } from './tools.ts';
import { quizSchema } from './islands/quiz/schema.ts';

const locale = z.enum(locales);

const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/lessons' }),
  schema: z.object({
    title: z.string().min(5).max(70),
    description: z.string().min(20).max(200),
    order: z.number().int().min(1),
    takeaways: z.array(z.string().min(10)).min(3).max(5),
    sources: z
      .array(
        z
          .object({
            article: z.string().regex(/^\d{3}$/, 'the article number in ../shared/sources, e.g. "000"'),
            /** The article's own title, verbatim, in its own language: only where it has one. */
            title: z.string().min(3).optional(),
            /** For an untitled article: what it is, in the lesson's language. Never a made-up title. */
            about: z.string().min(10).optional(),
            language: locale,
            /** The outlet the article draws on, where it names one (e.g. Harvard Business Review). */
            after: z.string().min(2).optional(),
          })
          .refine((source) => Boolean(source.title) !== Boolean(source.about), {
            message: "give either the article's real `title` or, for an untitled article, `about`",
          }),
      )
      .min(1),
    tool: z.enum(toolIds).optional(),
    updated: z.coerce.date(),
  }),
});

const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/pages' }),
  schema: z.object({
    title: z.string().min(3).max(80),
    description: z.string().min(20).max(200),
  }),
});

const glossary = defineCollection({
  loader: glob({ pattern: '*/glossary.yaml', base: './content/glossary' }),
  // Each locale's file is one entry: the list of terms, in the same order in every locale.
  schema: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z-]+$/),
        term: z.string().min(2),
        definition: z.string().min(20),
      }),
    )
    .min(5),
});

// One file per quiz and locale; the schema (with its rules: 2-4 choices, one best, feedback for
// every choice) is in src/islands/quiz/schema.ts.
const quizzes = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/quizzes' }),
  schema: quizSchema,
});

export const collections = { lessons, pages, glossary, quizzes };
