/**
 * The introduction-reply builder island (lesson 1). The intro-decision quiz links here with
 * `?decision=accept-now|accept-later|decline`, which preselects the decision.
 */
import { Builder, type IslandProps } from '../Builder.tsx';
import { decisionFromQuery, introReplyBuilder, type IntroReplyData } from './intro-reply.ts';

const fromLink = () => {
  const decision = decisionFromQuery(window.location.search);
  return decision ? { decision } : undefined;
};

export default function IntroReplyBuilder(props: IslandProps<IntroReplyData>) {
  return <Builder spec={introReplyBuilder} preset={fromLink} {...props} />;
}
