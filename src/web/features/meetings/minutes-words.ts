import type { TFunction } from 'i18next';
import type { AgreementStatus, GoalHorizon } from '../../../domain/plan.js';

// Words of the minutes' own, about the plan's goals and agreements they score and change; the
// meeting itself is said in meeting-words.ts, the same way as everywhere else.

/** "lange termijn", to be put in a sentence. */
export const horizonText = (t: TFunction, horizon: GoalHorizon): string => t(`minutes.horizons.${horizon}`);

/** "Gedaan": what became of an agreement. */
export const agreementStatusText = (t: TFunction, status: AgreementStatus): string => t(`minutes.agreementStatuses.${status}`);
