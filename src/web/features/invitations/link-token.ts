import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { linkTokenSchema } from '../../../shared/invitations.js';

/**
 * The secret of an invitation or reset link, which sits in the address's fragment (#…): browsers
 * never send a fragment to a server or in a Referer. It is read once and at once removed from the
 * address bar and the history entry, so that it is not left behind on the screen or in the history.
 * Null when the address has none, or not a whole one.
 */
export function useLinkToken(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => {
    const fragment = location.hash.slice(1);
    return linkTokenSchema.safeParse(fragment).success ? fragment : null;
  });
  const { pathname, search, hash } = location;
  useEffect(() => {
    if (hash !== '') void navigate({ pathname, search }, { replace: true });
  }, [hash, navigate, pathname, search]);
  return token;
}
