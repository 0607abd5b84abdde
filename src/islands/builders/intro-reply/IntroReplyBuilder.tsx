/**
 * The introduction-reply builder island (lesson 1). The intro-decision quiz links here with
 * `?decision=accept-now|accept-later|decline`, which preselects the decision.
 */
import { BuilderIsland, type IslandProps } from '../Island.tsx';
import { decisionFromQuery, introReplyBuilder } from './intro-reply.ts';
import { loadIntroReply } from './locales/load.ts';

const fromLink = () => {
  const decision = decisionFromQuery(window.location.search);
  return decision ? { decision } : undefined;
};

export default function IntroReplyBuilder(props: IslandProps) {
  return <BuilderIsland spec={introReplyBuilder} load={loadIntroReply} preset={fromLink} {...props} />;
}
