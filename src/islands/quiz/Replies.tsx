/** The intro-decision quiz's end: one ready-to-send reply per decision, each with its copy button. */
import { useCopy } from '../shared/useCopy.ts';
import type { IslandReply } from './quiz.ts';
import type { QuizStrings } from './Quiz.tsx';

export function Replies({ replies, strings, level }: { replies: IslandReply[]; strings: QuizStrings; level: 2 | 3 }) {
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const SubSub = `h${level + 2}` as 'h4' | 'h5';
  return (
    <section className="quiz__replies">
      <Sub>{strings.repliesTitle}</Sub>
      <p>{strings.repliesLead}</p>
      {replies.map((reply) => (
        <Reply key={reply.decision} reply={reply} strings={strings} Heading={SubSub} />
      ))}
    </section>
  );
}

function Reply({ reply, strings, Heading }: { reply: IslandReply; strings: QuizStrings; Heading: 'h4' | 'h5' }) {
  const [status, copy] = useCopy({ copied: strings.copied, failed: strings.copyFailed }, 4000);
  return (
    <div className={`quiz__reply${reply.fits ? ' quiz__reply--fits' : ''}`} data-decision={reply.decision}>
      <Heading>
        {reply.label}
        {reply.fits && <span className="quiz__badge"> · {strings.fitsLast}</span>}
      </Heading>
      <div className="quiz__reply-text" data-reply-text>
        {reply.text}
      </div>
      <div className="quiz__reply-actions">
        <button type="button" className="button" onClick={() => copy(reply.text)}>
          {strings.copy}
          <span className="visually-hidden">: {reply.label}</span>
        </button>
        {reply.builder && <a href={reply.builder}>{strings.builder}</a>}
        <span role="status" className="quiz__status">
          {status}
        </span>
      </div>
    </div>
  );
}
