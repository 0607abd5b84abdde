import { describe, expect, it } from 'vitest';
import { builderIds } from '../builders/registry.ts';
import { contactRequestBuilder } from '../builders/contact-request/contact-request.ts';
import { introReplyBuilder } from '../builders/intro-reply/intro-reply.ts';
import { reconnectBuilder } from '../builders/reconnect/reconnect.ts';
import { draftTitleField, savedKinds } from './kinds.ts';

describe('the kinds of saved work', () => {
  it('name a draft by the same answer as its builder does', () => {
    const specs = {
      reconnect: reconnectBuilder,
      'contact-request': contactRequestBuilder,
      'intro-reply': introReplyBuilder,
    };
    for (const id of builderIds) {
      expect(specs[id].title({ [draftTitleField[id]]: 'Ms Marple' }), id).toBe('Ms Marple');
      expect(specs[id].title({}), id).toBe('');
    }
  });

  it('cover the quizzes, the worksheets and every builder', () => {
    expect(savedKinds([]).map((kind) => kind.kind)).toEqual([
      'quiz',
      'worksheet',
      ...builderIds.map((id) => `draft-${id}`),
    ]);
  });
});
