import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { meKey } from '../features/accounts/index.js';
import { isApiError } from './http.js';

/**
 * One place decides what a lost session means: any request answered 401 marks the person as signed
 * out, and the layout then shows the sign-in page.
 */
export function createQueryClient(): QueryClient {
  const signedOut = (error: unknown) => {
    if (isApiError(error) && error.status === 401 && error.code !== 'invalid_credentials') {
      queryClient.setQueryData(meKey, null);
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: signedOut }),
    mutationCache: new MutationCache({ onError: signedOut }),
    defaultOptions: {
      queries: {
        // Asking again will not change a 4xx answer; a flaky network may deserve a second try.
        retry: (failures, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && failures < 2,
      },
    },
  });
  return queryClient;
}
