import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/http.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';

const ownCodes = [
  'no_email',
  'can_already_sign_in',
  'relative_ended',
  'account_disabled',
  'mail_unavailable',
  'too_many_attempts',
] as const;
type OwnCode = (typeof ownCodes)[number];
const isOwnCode = (code: string): code is OwnCode => (ownCodes as readonly string[]).includes(code);

/** A refused invitation or link, said in words that tell what to do; anything else as usual. */
export function InvitationProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isApiError(error) || !isOwnCode(error.code)) return <ProblemAlert error={error} />;
  return (
    <div role="alert" className="alert alert--error">
      <p>
        <span className="alert__label">{t('errors.label')} </span>
        {t(`invitation.problems.${error.code}`)}
      </p>
    </div>
  );
}

/** True for the answer to a link that is unknown, used, expired, replaced or revoked. */
export const isInvalidLink = (error: unknown): boolean => isApiError(error) && error.code === 'link_invalid';
