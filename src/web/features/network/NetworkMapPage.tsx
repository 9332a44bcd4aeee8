import { useCallback, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { NetworkMap } from '../../../shared/network.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { AddPerson } from './AddPerson.js';
import { useNetworkMap } from './api.js';
import { DrawingView } from './DrawingView.js';
import { MapFeedbackProvider, MapMessages, useMapFeedbackState } from './feedback.js';
import { PersonList } from './PersonList.js';
import { Snapshots } from './Snapshots.js';
import './network.css';

/** The client's network map (PRODUCT.md §3): a drawing and an equally complete list, and snapshots over time. */
export function NetworkMapPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const me = useCurrentMe();
  const map = useNetworkMap(clientId);
  const isOwn = me.clientId === clientId;
  const title = isOwn
    ? t('network.page.titleOwn')
    : map.data
      ? t('network.page.titleOf', { name: map.data.client.name })
      : t('network.page.fallbackTitle');
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {map.isPending && <Loading />}
      {map.isError && <ProblemAlert error={map.error} />}
      {map.data && <NetworkMapView clientId={clientId} map={map.data} isOwn={isOwn} />}
    </>
  );
}

// Phones start with the list, which reads well on a small screen; wider screens with the drawing.
const startView = (): Key => (window.matchMedia('(min-width: 48rem)').matches ? 'drawing' : 'list');

function NetworkMapView({ clientId, map, isOwn }: { clientId: string; map: NetworkMap; isOwn: boolean }) {
  const { t } = useTranslation();
  const { said, feedback } = useMapFeedbackState();
  const [view, setView] = useState<Key>(startView);
  const [focusPersonId, setFocusPersonId] = useState<string | null>(null);
  const name = map.client.name;

  const showInList = useCallback((personId: string) => {
    setView('list');
    setFocusPersonId(personId);
  }, []);
  const onFocused = useCallback(() => setFocusPersonId(null), []);

  return (
    <MapFeedbackProvider feedback={feedback}>
      <p>{isOwn ? t('network.page.introOwn') : t('network.page.introOf', { name })}</p>
      {!map.abilities.edit && <p>{t('network.page.readOnly', { name })}</p>}
      <Tabs selectedKey={view} onSelectionChange={setView} className="network-views">
        <TabList aria-label={t('network.views.label')} className="network-tabs">
          <Tab id="drawing" className="network-tab">
            {t('network.views.drawing')}
          </Tab>
          <Tab id="list" className="network-tab">
            {t('network.views.list')}
          </Tab>
        </TabList>
        <MapMessages said={said} />
        <TabPanel id="drawing" className="network-panel">
          <DrawingView clientId={clientId} map={map} onShowInList={showInList} />
        </TabPanel>
        <TabPanel id="list" className="network-panel">
          <PersonList clientId={clientId} map={map} focusPersonId={focusPersonId} onFocused={onFocused} />
        </TabPanel>
      </Tabs>
      {map.abilities.edit && <AddPerson clientId={clientId} />}
      <Snapshots clientId={clientId} map={map} isOwn={isOwn} />
      <p className="section">
        <Link to={paths.group(clientId)}>{t('network.page.toGroup')}</Link>
      </p>
    </MapFeedbackProvider>
  );
}
