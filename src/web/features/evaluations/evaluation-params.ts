import { useParams } from 'react-router';
import { useCurrentMe } from '../../app/me-context.js';

/** The client (and round) a page is about, and whether the one reading it is that client. */
export function useEvaluationParams(): { clientId: string; roundId: string; own: boolean } {
  const { clientId = '', roundId = '' } = useParams();
  const own = useCurrentMe().clientId === clientId;
  return { clientId, roundId, own };
}
