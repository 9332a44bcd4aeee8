import { useTranslation } from 'react-i18next';
import { useCurrentMe } from '../../app/me-context.js';
import { DetailList } from '../../components/DetailList.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { SecondFactorSection } from './SecondFactorSection.js';

export function MyDetailsPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  return (
    <>
      <PageHeading>{t('myDetails.title')}</PageHeading>
      <DetailList
        details={[
          { term: t('myDetails.name'), value: me.name },
          { term: t('myDetails.email'), value: me.email },
          { term: t('myDetails.role'), value: t(`roles.${me.role}`) },
          { term: t('myDetails.organisation'), value: me.organisation?.name ?? t('myDetails.none') },
          { term: t('myDetails.team'), value: me.team?.name ?? t('myDetails.none') },
        ]}
      />
      <SecondFactorSection me={me} />
      <section className="section">
        <ChangePasswordForm />
      </section>
    </>
  );
}
