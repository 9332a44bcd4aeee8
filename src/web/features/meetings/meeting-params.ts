import { useParams } from 'react-router';
import { useCurrentMe } from '../../app/me-context.js';
import { useMeetings } from './api.js';

/** The client (and meeting) a page is about, and whether the one reading it is that client. */
export function useMeetingParams(): { clientId: string; meetingId: string; own: boolean } {
  const { clientId = '', meetingId = '' } = useParams();
  const own = useCurrentMe().clientId === clientId;
  return { clientId, meetingId, own };
}

/** The meetings of the client a page is about, for the list and for planning a new one. */
export function useClientMeetings() {
  const { clientId, own } = useMeetingParams();
  const query = useMeetings(clientId);
  return { clientId, own, query, list: query.data };
}
